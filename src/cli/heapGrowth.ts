/**
 * How far V8 lets the heap grow past what is live before its next full collection. By default it grows the
 * limit to up to four times what the last full collection left, so a check of 100,000 rows that keeps about
 * 250 MB live at its busiest peaked at 480–700 MB of resident memory, and one of 130,000 rows at 750–1,100 MB,
 * the figure depending on when the collections happened to fall (issue 22). Bounded past what is live, the
 * peak follows what the check holds, for a few more full collections that the measured CPU time does not show.
 *
 * Set before the files are read when copies are to be written (checkCommand.ts); a process option
 * (`node --heap-growing-percent=…`) is left as given. Set only once the rows were read, the limit V8 had set
 * while the table's cells were read stood far above what the check then held, and until something made it
 * collect, the heap grew towards that old limit while the copy was written (100,000 rows: 430–575 MB from
 * run to run). A tenth rather than a fifth: 390 MB rather than 404 MB at 100,000 rows, for no CPU time that
 * the runs could tell apart. Two full collections are asked for besides (collectGarbage): once the rows are
 * checked (the cells read are let go by then), and where the copy's writer lets go of the table's sheet
 * (its inflated bytes, 55 MB outside the heap, are freed only when the heap is collected) and the result
 * rows; each costs about a tenth of a second at 100,000 rows.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export const HEAP_GROWING_PERCENT = 10;

export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** V8's full collection, or undefined where the host does not give it; looked up once. */
let collector: (() => void) | undefined | null = null;

/**
 * A full collection now. V8 gives its `gc` function to contexts made once the flag is set, so one is made
 * for it (the process's own global gets nothing); a host where that fails goes on without.
 */
export function collectGarbage(): void {
  if (collector === null) {
    try {
      setFlagsFromString("--expose-gc");
      collector = runInNewContext("gc") as () => void;
    } catch {
      collector = undefined;
    }
  }
  collector?.();
}
