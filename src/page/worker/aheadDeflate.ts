/**
 * Deflate done ahead, on the page's own thread, while the worker is still checking. The worker's check is
 * synchronous and keeps the pieces of every part it writes for afterwards (deferredDeflate.ts); meanwhile
 * the page's thread has nothing to do. So each piece is also sent to the page as it is made, and the page
 * compresses the pieces one run at a time — a run is the pieces from one ending with `last` (a part's
 * final piece) to the next — with the browser's deflate, each run as one stream. Once the check has
 * finished, the worker asks for a part's compressed bytes by its pieces' numbers: a part whose pieces are
 * exactly one run (as when parts are written one after another) and which the page has finished is given;
 * any other (pieces of two parts interleaved, or still being compressed here) is answered null at once and
 * compressed by the worker as before — its thread is free by then, and a busy page never holds it up. A
 * part's bytes are the same whichever thread compressed them: its pieces joined, deflated whole by the browser.
 */
import { deflateRawStream } from "./nativeZip";

type Stream = ReturnType<typeof deflateRawStream>;

/**
 * Bytes sent here and not yet taken in by a deflate stream, at most: past it (a page that cannot keep up,
 * the copy of a very large batch) the open run is given up, so the page never holds more than this of pieces
 * the worker holds anyway; the worker compresses that part itself.
 */
export const MAX_BACKLOG = 64 * 1024 * 1024;

/** A run of pieces being written into one deflate stream: its first piece's number, how many so far; no stream once given up. */
interface OpenRun {
  readonly first: number;
  count: number;
  stream: Stream | null;
}

/** A run whose last piece has come: its output once the stream has finished it (null if it failed). */
interface ClosedRun {
  readonly count: number;
  readonly stream: Stream;
  output?: Uint8Array | null;
}

/** The page's side: pieces in as the worker makes them, compressed runs out when asked for. */
export class AheadDeflate {
  private open: OpenRun | null = null;
  private readonly closed = new Map<number, ClosedRun>();
  private next = 0;
  /** Bytes written to the streams and not taken in yet. */
  private backlog = 0;
  /** The streams' writes and closes not settled yet. */
  private readonly busy = new Set<Promise<unknown>>();

  constructor(private readonly maxBacklog = MAX_BACKLOG) {}

  /** The worker's `index`th piece; pieces come in the order made (a gap, which postMessage never makes, ends the open run unused). */
  add(index: number, piece: Uint8Array, last: boolean): void {
    if (index !== this.next) {
      this.open?.stream?.abort();
      this.open = null;
    }
    this.next = index + 1;
    this.open ??= { first: index, count: 0, stream: deflateRawStream() };
    const run = this.open;
    run.count++;
    if (run.stream && this.backlog + piece.length > this.maxBacklog) {
      run.stream.abort();
      run.stream = null;
    }
    if (run.stream) {
      this.backlog += piece.length;
      const settled = () => void (this.backlog -= piece.length);
      this.track(run.stream.write(piece).then(settled, settled));
    }
    if (!last) return;
    this.open = null;
    if (!run.stream) return;
    const closed: ClosedRun = { count: run.count, stream: run.stream };
    this.closed.set(run.first, closed);
    this.track(run.stream.close().then(
      (bytes) => {
        if (closed.output === undefined) closed.output = bytes;
      },
      () => void (closed.output = null),
    ));
  }

  /** Settles once every piece given so far is taken in and every run closed so far is finished or failed. */
  async idle(): Promise<void> {
    while (this.busy.size > 0) await Promise.allSettled([...this.busy]);
  }

  private track(work: Promise<unknown>): void {
    this.busy.add(work);
    void work.finally(() => this.busy.delete(work));
  }

  /**
   * The compressed run of `count` pieces from piece `first` if it is finished (it is handed once); null when
   * no such run was made here or it is not finished yet, which is then given up.
   */
  take(first: number, count: number): Uint8Array | null {
    const run = this.closed.get(first);
    if (!run) return null;
    this.closed.delete(first);
    if (run.count === count && run.output) return run.output;
    run.output = null;
    run.stream.abort();
    return null;
  }

  /** Every run not taken yet given up: the worker compresses whatever it still needs. */
  giveUp(): void {
    this.open?.stream?.abort();
    this.open = null;
    for (const run of this.closed.values()) {
      run.output ??= null;
      run.stream.abort();
    }
    this.closed.clear();
  }
}
