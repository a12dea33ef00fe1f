/**
 * Deflate done ahead, on the page's own thread, while the worker is still checking. The worker's check is
 * synchronous and keeps the pieces of every part it writes for afterwards (deferredDeflate.ts); meanwhile
 * the page's thread has nothing to do. So each piece is also sent to the page as it is made, and the page
 * compresses the pieces one run at a time — a run is the pieces from one ending with `last` (a part's
 * final piece) to the next — with the browser's deflate, each run as one stream. Once the check has
 * finished, the worker asks for a part's compressed bytes by its pieces' numbers: a part whose pieces are
 * exactly one run (as when parts are written one after another) is then ready or nearly; any other part
 * (pieces of two parts interleaved) is answered null and compressed by the worker as before. A part's
 * bytes are the same whichever thread compressed them: its pieces joined, deflated whole by the browser.
 */
import { deflateRawStream } from "./nativeZip";

/** A run of pieces written into one deflate stream: its first piece's number, how many, its output. */
interface Run {
  readonly first: number;
  count: number;
  readonly write: (piece: Uint8Array) => void;
  readonly close: () => Promise<Uint8Array>;
}

/** The page's side: pieces in as the worker makes them, compressed runs out when asked for. */
export class AheadDeflate {
  private open: Run | null = null;
  private readonly done = new Map<number, { readonly count: number; readonly bytes: Promise<Uint8Array | null> }>();
  private next = 0;

  /** The worker's `index`th piece; pieces come in the order made (a gap, which postMessage never makes, ends the open run unused). */
  add(index: number, piece: Uint8Array, last: boolean): void {
    if (index !== this.next) this.open = null;
    this.next = index + 1;
    if (!this.open) {
      const stream = deflateRawStream();
      this.open = { first: index, count: 0, ...stream };
    }
    const run = this.open;
    run.write(piece);
    run.count++;
    if (!last) return;
    this.open = null;
    // A failed stream is answered null: the worker then compresses the part itself.
    this.done.set(run.first, { count: run.count, bytes: run.close().catch(() => null) });
  }

  /**
   * The compressed run of `count` pieces from piece `first`, taken (it is handed once); null when no such
   * run was made here.
   */
  async take(first: number, count: number): Promise<Uint8Array | null> {
    const run = this.done.get(first);
    if (!run || run.count !== count) return null;
    this.done.delete(first);
    return run.bytes;
  }
}
