/**
 * How far V8 lets the heap grow past what is live before its next full collection. By default it grows the
 * limit to up to four times what the last full collection left, so a check of 100,000 rows that keeps about
 * 250 MB live at its busiest peaked at 480–700 MB of resident memory, and one of 130,000 rows at 750–1,100 MB,
 * the figure depending on when the collections happened to fall (issue 22). Bounded to a fifth past what is
 * live, the peak follows what the check holds (about 480–510 MB and 630 MB), for a few more full collections
 * that the measured CPU time does not show.
 * Set once the rows are read and copies are to be written (checkCommand.ts); a process option (`node --heap-growing-percent=…`) is left as given.
 *
 * The bound applies from the next full collection on, and the limit V8 set while the table was read (its
 * cells, then let go) is far above what the check then holds: until something else made it collect, the
 * heap grew towards that old limit while the copy was written (100,000 rows: 430–575 MB from run to run).
 * So the bound comes with a full collection of its own (collectGarbage), and the copy's writer asks for
 * one more where it lets go of the table's sheet (its inflated bytes, 55 MB outside the heap, freed only
 * when the heap is collected) and the result rows: each costs about a tenth of a second at 100,000 rows.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export const HEAP_GROWING_PERCENT = 20;

export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  if (!execArgv.some((a) => /^--heap[-_]growing[-_]percent\b/.test(a))) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  collectGarbage();
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
