/** The hostile files at scale through the command line, each contained in its batch (containedInBatch.ts). */
import { eachContainedInBatch } from "./containedInBatch";
import { AT_SCALE_CASES } from "./generate";

eachContainedInBatch(AT_SCALE_CASES);
