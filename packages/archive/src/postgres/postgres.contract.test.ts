import { afterAll } from "vitest";
import { testDriver } from "../driver-contract.js";
import { dropSchemas, freshSchemaUrl, pgSkip } from "./test-database.js";

afterAll(dropSchemas);

testDriver("postgres", () => freshSchemaUrl(), { skip: pgSkip });
