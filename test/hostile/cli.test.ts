/** The quick hostile files through the command line, each contained in its batch (containedInBatch.ts). */
import { eachContainedInBatch } from "./containedInBatch";
import { QUICK_CASES } from "./generate";

eachContainedInBatch(QUICK_CASES);
