import { project } from "../vitest.shared.ts";

// end-to-end tests start processes and pack tarballs: give them room
export default project("e2e", { include: ["**/*.test.ts"], testTimeout: 180_000 });
