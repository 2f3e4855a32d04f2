import { project } from "../../vitest.shared";

export default project("archive", { testTimeout: 60_000 });
