import { project } from "../../vitest.shared.ts";

// real servers, real databases and a real browser: allow them time on a loaded machine
export default project("api", { testTimeout: 60_000 });
