import { project } from "../../vitest.shared.ts";

export default project("archive", { testTimeout: 60_000 });
