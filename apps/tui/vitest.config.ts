import { project } from "../../vitest.shared.ts";

export default project("tui", { include: ["src/**/*.test.ts", "src/**/*.test.tsx"] });
