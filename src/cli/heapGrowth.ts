/**
 * How far V8 lets the heap grow past what is live before its next full collection. By default it grows the
 * limit to up to four times what the last full collection left, so a check of 100,000 rows that keeps about
 * 250 MB live at its busiest peaked at 480–700 MB of resident memory, and one of 130,000 rows at 750–1,100 MB,
 * the figure depending on when the collections happened to fall (issue 22). Bounded to a fifth past what is
 * live, the peak follows what the check holds (about 480–510 MB and 630 MB), for a few more full collections
 * that the measured CPU time does not show.
 * Set once the rows are read and copies are to be written (checkCommand.ts); a process option (`node --heap-growing-percent=…`) is left as given.
 */
import { setFlagsFromString } from "node:v8";

export const HEAP_GROWING_PERCENT = 20;

export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
