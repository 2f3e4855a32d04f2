// each bench file in turn; each writes its own section of docs/benchmarks.md
import { benchArchive } from "./archive.bench.js";

await benchArchive();
