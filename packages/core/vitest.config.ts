import { project } from "../../vitest.shared.ts";

// parsers run with the language model loaded, as the apps run them (it loads on demand)
export default project("core", { setupFiles: ["./src/lang/ready.ts"] });
