/**
 * The command line's deflate of a large part's pieces on a second thread (issue 22), while the main thread
 * makes the next pieces. The writers hand the codec a piece and take its compressed bytes later, in order
 * (PieceQueue keeps up to PIECES_IN_FLIGHT handed out), and the check is synchronous: so a piece is posted
 * to the thread at once, and taking it blocks, if it is not back yet, in Atomics.wait on a counter the thread
 * bumps after each answer; the answer is then read with receiveMessageOnPort. No turn of the event loop is
 * needed, and the bytes are deflatePieceNode's, the same as on the main thread.
 *
 * The thread starts with the first large piece (a workbook whose parts are all small never starts it), is
 * unref'd (it never keeps the process alive, whatever way the check ends), and, if it cannot start (no
 * worker_threads, no compiled deflateWorker.js beside this module, as when run from the TypeScript
 * sources), every piece is deflated on the main thread as before. An error in the thread is the error of
 * the piece taken; a thread that ends or stops answering fails the piece being waited for, after a bounded
 * wait, and later pieces are deflated on the main thread.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type * as WorkerThreads from "node:worker_threads";
import type { DeflatedPiece } from "../workbook/bytes";
import { deflatePieceNode } from "./deflatePieceNode";
import { ANSWERS, GONE, SIGNAL_WORDS, type PieceAnswer, type PieceJob, type ThreadData } from "./deflateProtocol";

/**
 * Pieces from this size on go to the thread: a large part's pieces (half a megabyte to a megabyte, see
 * zip/deflatePieces.ts). zlib deflates a smaller one in a millisecond or two, less than the thread's start
 * and the piece's copy and messages would cost.
 */
export const THREAD_PIECE_BYTES = 256 * 1024;

/**
 * How long a wait may see no answer at all before the thread is given up: a megabyte piece takes zlib some
 * 10 ms, so this only ends a thread that is stuck or gone without a word.
 */
const NO_ANSWER_MS = 60_000;
/** Each Atomics.wait is at most this long, between looks at whether the thread is still there. */
const WAIT_SLICE_MS = 250;

export interface DeflateThreadOptions {
  /** The thread's compiled script (tests give their own). */
  readonly workerFile?: string;
  readonly noAnswerMs?: number;
  readonly threadPieceBytes?: number;
}

interface Running {
  readonly worker: WorkerThreads.Worker;
  readonly port: WorkerThreads.MessagePort;
  readonly signal: Int32Array;
  readonly receive: typeof WorkerThreads.receiveMessageOnPort;
}

export class DeflateThread {
  private running: Running | undefined;
  /** Why the thread is not used (it could not start, or was lost): pieces are deflated here. */
  private unusable: string | undefined;
  private nextId = 0;
  /** Answers read while waiting for another piece, kept until theirs is taken. */
  private readonly answers = new Map<number, PieceAnswer>();
  /** How many times a thread was started (tests: a small workbook never starts one). */
  starts = 0;

  private readonly workerFile: string;
  private readonly noAnswerMs: number;
  private readonly threadPieceBytes: number;

  constructor(options: DeflateThreadOptions = {}) {
    this.workerFile = options.workerFile ?? join(__dirname, "deflateWorker.js");
    this.noAnswerMs = options.noAnswerMs ?? NO_ANSWER_MS;
    this.threadPieceBytes = options.threadPieceBytes ?? THREAD_PIECE_BYTES;
  }

  /** The codec's deflatePiece: a large piece goes to the thread, any other is deflated now. */
  readonly deflatePiece = (piece: Uint8Array, level: number, last: boolean): DeflatedPiece => {
    const thread = piece.length >= this.threadPieceBytes ? this.thread() : undefined;
    if (!thread) {
      const out = deflatePieceNode(piece, level, last);
      return () => out;
    }
    const id = this.nextId++;
    // A copy crosses, not the piece: the piece may be a view of bytes its writer's caller still holds,
    // which transferring would empty. The copy and its messages cost the main thread some 0.3 ms a megabyte.
    // (Uint8Array's constructor copies; a Buffer's slice would not.)
    const copy = new Uint8Array(piece);
    const job: PieceJob = { id, piece: copy, level, last };
    thread.port.postMessage(job, [copy.buffer]);
    return () => this.take(id);
  };

  /** Ends the thread now (it is unref'd, so this is only for a host that keeps running). */
  stop(): void {
    const running = this.running;
    this.running = undefined;
    if (running) void running.worker.terminate();
  }

  private thread(): Running | undefined {
    if (this.running || this.unusable !== undefined) return this.running;
    try {
      this.running = this.start();
    } catch (e) {
      this.unusable = e instanceof Error ? e.message : String(e);
    }
    return this.running;
  }

  private start(): Running {
    if (!existsSync(this.workerFile)) throw new Error(`no ${this.workerFile}`);
    // Loaded here, not with the module: a check that never deflates a large piece never loads it.
    const threads = require("node:worker_threads") as typeof WorkerThreads;
    const channel = new threads.MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(SIGNAL_WORDS * Int32Array.BYTES_PER_ELEMENT));
    const data: ThreadData = { port: channel.port2, signal };
    const worker = new threads.Worker(this.workerFile, { workerData: data, transferList: [channel.port2] });
    worker.unref();
    // The main thread reads answers itself (receiveMessageOnPort): no listener, nothing keeps the loop alive.
    channel.port1.unref();
    const running: Running = { worker, port: channel.port1, signal, receive: threads.receiveMessageOnPort };
    // Seen only when the event loop turns (between checks): the next large piece is then deflated here.
    // An error event with no listener would end the process.
    const lost = (why: string) => {
      if (this.running === running) this.lose(why);
    };
    worker.on("error", (e) => lost(e.message));
    worker.on("exit", (code) => lost(`ended (${code})`));
    this.starts++;
    return running;
  }

  private lose(why: string): void {
    this.stop();
    this.unusable = why;
  }

  private take(id: number): Uint8Array {
    let last = Date.now();
    for (;;) {
      const kept = this.answers.get(id);
      if (kept) {
        this.answers.delete(id);
        if ("error" in kept) throw new Error(`deflate thread: ${kept.error}`);
        return kept.bytes;
      }
      const running = this.running;
      if (!running) throw new Error(`deflate thread: lost before piece ${id} was deflated (${this.unusable ?? "stopped"})`);
      // The count is read before looking at the port: an answer posted after the look changes it, so the
      // wait below returns at once instead of missing it.
      const seen = Atomics.load(running.signal, ANSWERS);
      const message = running.receive(running.port);
      if (message) {
        const answer = message.message as PieceAnswer;
        this.answers.set(answer.id, answer);
        last = Date.now();
        continue;
      }
      if (Atomics.load(running.signal, GONE) !== 0) {
        this.lose("the thread ended");
        continue;
      }
      if (Date.now() - last > this.noAnswerMs) {
        this.lose(`no answer in ${this.noAnswerMs} ms`);
        continue;
      }
      Atomics.wait(running.signal, ANSWERS, seen, WAIT_SLICE_MS);
    }
  }
}
