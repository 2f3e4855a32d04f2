import { afterAll } from "vitest";
import { testDriver } from "../driver-contract.js";
import { dropSchemas, freshSchemaUrl, pgSkip } from "./test-database.js";

afterAll(dropSchemas);

testDriver("postgres", () => freshSchemaUrl(), { skip: pgSkip });
// every write through COPY and the staging tables, however small the batch
testDriver("postgres, bulk writes", () => freshSchemaUrl(), { skip: pgSkip, open: { bulkItems: 1 } });
