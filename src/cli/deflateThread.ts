/**
 * The command line's deflate of a large part's pieces on a second thread (issue 22), while the main thread
 * makes the next pieces. The writers hand the codec a piece and take its compressed bytes later, in order
 * (PieceQueue keeps up to PIECES_IN_FLIGHT handed out), and the check is synchronous: so a piece is copied
 * into a ring of shared memory and posted to the thread at once, and taking it blocks, if it is not back
 * yet, in Atomics.wait on a counter the thread bumps after each answer; the answer is then read with
 * receiveMessageOnPort. No turn of the event loop is needed, and the bytes are deflatePieceNode's, the
 * same as on the main thread.
 *
 * The ring, not a fresh copy per piece, because a copy handed to the thread stays in memory until the
 * thread's own garbage collection, which its small heap seldom runs: copies cost some 50 MB more at the
 * peak of 100,000 rows. The ring is reused as soon as the thread has answered for its bytes.
 *
 * The thread starts with the first large piece (a workbook whose parts are all small never starts it), or
 * before it, when the caller knows large pieces will come (startNow), is
 * unref'd (it never keeps the process alive, whatever way the check ends), and, if it cannot start (no
 * worker_threads, no compiled deflateWorker.js beside this module, as when run from the TypeScript
 * sources), every piece is deflated on the main thread as before. An error in the thread is the error of
 * the piece taken; a thread that ends or stops answering fails the piece being waited for, after a bounded
 * wait, and later pieces are deflated on the main thread.
 *
 * A main thread that would wait (for a piece, or for room in the ring) deflates one the thread has not
 * started instead (work stealing): the piece waited for if the thread is behind it, else the newest in the
 * ring, which the thread would come to last. Each job has a claim word in the shared memory; whoever claims it first
 * deflates it, with the same deflatePieceNode on the same bytes, so the copy is the same file whichever
 * thread made each piece. At the end of a large part the main thread used to wait while the thread
 * deflated the last pieces in flight one after another; now the two share them.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type * as WorkerThreads from "node:worker_threads";
import type { DeflatedPiece } from "../workbook/bytes";
import { deflatePieceNode } from "./deflatePieceNode";
import {
  ANSWERS, BY_MAIN, CLAIM_SLOTS, GONE, SIGNAL_WORDS, claimSlot, type PieceAnswer, type PieceJob, type ThreadData,
} from "./deflateProtocol";

/**
 * Pieces from this size on go to the thread: a large part's pieces (half a megabyte to a megabyte, see
 * zip/deflatePieces.ts). zlib deflates a smaller one in a millisecond or two, less than the thread's start
 * and the piece's copy and messages would cost.
 */
export const THREAD_PIECE_BYTES = 256 * 1024;

/**
 * The shared ring: room for four pieces of a megabyte, or eight of half of one. When the thread falls
 * further behind than that, the main thread waits for it (it would wait for the oldest piece soon anyway);
 * a larger ring was resident memory for nothing (at 100,000 rows, 8 MB held seven pieces at most and never
 * waited). A piece larger than half of it crosses as a copy of its own.
 */
export const RING_BYTES = 4 * 1024 * 1024;

/**
 * How long a wait may see no answer at all before the thread is given up: a megabyte piece takes zlib some
 * 10 ms, so this only ends a thread that is stuck or gone without a word.
 */
const NO_ANSWER_MS = 60_000;
/** Each Atomics.wait is at most this long, between looks at whether the thread is still there. */
const WAIT_SLICE_MS = 250;
/** What room() gives when the thread was lost while it waited. */
const LOST = -1;
/** No piece in particular waited for (steal). */
const NONE = -1;

export interface DeflateThreadOptions {
  /** The thread's compiled script (tests give their own). */
  readonly workerFile?: string;
  readonly noAnswerMs?: number;
  readonly threadPieceBytes?: number;
  readonly ringBytes?: number;
}

interface Running {
  readonly worker: WorkerThreads.Worker;
  readonly port: WorkerThreads.MessagePort;
  readonly signal: Int32Array;
  readonly ring: Uint8Array;
  /** The id of the first piece posted to this thread: its counter of answers starts there. */
  readonly firstId: number;
  readonly receive: typeof WorkerThreads.receiveMessageOnPort;
}

/** Bytes of the ring a job holds until the thread is done with it (or this thread deflated it), and how to deflate them. */
interface Held {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly level: number;
  readonly last: boolean;
}

export class DeflateThread {
  private running: Running | undefined;
  /** Why the thread is not used (it could not start, or was lost): pieces are deflated here. */
  private unusable: string | undefined;
  private nextId = 0;
  /** Answers read while waiting for another piece, kept until theirs is taken. */
  private readonly answers = new Map<number, PieceAnswer>();
  /** Pieces this thread claimed and deflated while it waited (or deflate's error), kept until theirs is taken. */
  private readonly madeHere = new Map<number, Uint8Array | Error>();
  /** The ring's bytes in use, oldest first. */
  private held: Held[] = [];
  /** How many times a thread was started (tests: a small workbook never starts one). */
  starts = 0;
  /** How many pieces handed to the thread were deflated here instead, while waiting. */
  madeWhileWaiting = 0;

  private readonly workerFile: string;
  private readonly noAnswerMs: number;
  private readonly threadPieceBytes: number;
  private readonly ringBytes: number;

  constructor(options: DeflateThreadOptions = {}) {
    this.workerFile = options.workerFile ?? join(__dirname, "deflateWorker.js");
    this.noAnswerMs = options.noAnswerMs ?? NO_ANSWER_MS;
    this.threadPieceBytes = options.threadPieceBytes ?? THREAD_PIECE_BYTES;
    this.ringBytes = options.ringBytes ?? RING_BYTES;
  }

  /** The codec's deflatePiece: a large piece goes to the thread, any other is deflated now. */
  readonly deflatePiece = (piece: Uint8Array, level: number, last: boolean): DeflatedPiece => {
    const thread = piece.length >= this.threadPieceBytes ? this.thread() : undefined;
    if (!thread) {
      const out = deflatePieceNode(piece, level, last);
      return () => out;
    }
    const at = this.claimWordFree(thread) ? this.room(thread, piece.length) : LOST;
    if (at === LOST) {
      // The thread ended while room was made: the pieces it held fail as they are taken; this one is made here.
      const out = deflatePieceNode(piece, level, last);
      return () => out;
    }
    const id = this.nextId++;
    Atomics.store(thread.signal, claimSlot(id), id);
    if (at === undefined) {
      // Too large for the ring (or empty): a copy of its own crosses. Not the piece itself: it may be a
      // view of bytes its writer's caller still holds, which transferring would empty. (Uint8Array's
      // constructor copies; a Buffer's slice would not.)
      const copy = new Uint8Array(piece);
      const job: PieceJob = { id, level, last, piece: copy };
      thread.port.postMessage(job, [copy.buffer]);
    } else {
      thread.ring.set(piece, at);
      this.held.push({ id, start: at, end: at + piece.length, level, last });
      const job: PieceJob = { id, level, last, at, length: piece.length };
      thread.port.postMessage(job);
    }
    return () => this.take(id);
  };

  /**
   * Starts the thread now, for a caller that knows large pieces will come: it is then ready when they do,
   * instead of the main thread deflating them itself while the thread starts.
   */
  startNow(): void {
    this.thread();
  }

  /** Ends the thread now (it is unref'd, so this is only for a host that keeps running). */
  stop(): void {
    const running = this.running;
    this.running = undefined;
    this.held = [];
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
    const ring = new SharedArrayBuffer(this.ringBytes);
    const data: ThreadData = { port: channel.port2, signal, ring };
    const worker = new threads.Worker(this.workerFile, { workerData: data, transferList: [channel.port2] });
    worker.unref();
    // The main thread reads answers itself (receiveMessageOnPort): no listener, nothing keeps the loop alive.
    channel.port1.unref();
    const running: Running = { worker, port: channel.port1, signal, ring: new Uint8Array(ring), firstId: this.nextId, receive: threads.receiveMessageOnPort };
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

  /**
   * Whether the next job's claim word is free: the job CLAIM_SLOTS before it, which shares the word, is
   * done (waited for if need be; false if the thread was lost meanwhile).
   */
  private claimWordFree(running: Running): boolean {
    const sharer = this.nextId - CLAIM_SLOTS;
    const done = () => running.firstId + Atomics.load(running.signal, ANSWERS) > sharer;
    if (!done()) this.waitUntil(running, done);
    return this.running === running;
  }

  /**
   * Where in the ring `size` bytes go: after the newest piece held, or from the ring's start, once the
   * pieces in the way are answered (waited for if need be); undefined for a piece that does not go there,
   * LOST if the thread was lost meanwhile.
   */
  private room(running: Running, size: number): number | undefined {
    if (size === 0 || size > this.ringBytes / 2) return undefined;
    for (;;) {
      const answered = running.firstId + Atomics.load(running.signal, ANSWERS);
      while (this.held.length > 0 && this.held[0]!.id < answered) this.held.shift();
      if (this.held.length === 0) return 0;
      const oldest = this.held[0]!.start;
      const newest = this.held[this.held.length - 1]!.end;
      // Held bytes run from `oldest` to `newest`, or wrap past the ring's end back to `newest`. The ring's
      // start is taken whenever it is free, so a thread that keeps up uses (and the process keeps resident)
      // only the ring's first pieces.
      if (newest > oldest) {
        if (size <= oldest) return 0;
        if (newest + size <= this.ringBytes) return newest;
      } else if (newest + size <= oldest) {
        return newest;
      }
      const oldestId = this.held[0]!.id;
      // Rather than wait for the thread to be done with the oldest, this thread deflates the newest it has
      // not started, whose bytes are then free: room is looked for again.
      let stole = false;
      this.waitUntil(
        running, () => stole || running.firstId + Atomics.load(running.signal, ANSWERS) > oldestId, () => (stole = this.steal(running, NONE)),
      );
      if (this.running !== running) return LOST;
    }
  }

  private take(id: number): Uint8Array {
    const running = this.running;
    // (A piece handed to a thread since stopped is not waited for: its answer will never come.)
    if (!this.answers.has(id) && !this.madeHere.has(id) && running && id >= running.firstId) {
      this.waitUntil(running, () => this.answers.has(id) || this.madeHere.has(id), () => this.steal(running, id));
    }
    const mine = this.madeHere.get(id);
    if (mine) {
      this.madeHere.delete(id);
      // Thrown as the main thread's own deflate would throw it.
      if (mine instanceof Error) throw mine;
      return mine;
    }
    const answer = this.answers.get(id);
    if (!answer) throw new Error(`deflate thread: lost before piece ${id} was deflated (${this.unusable ?? "stopped"})`);
    this.answers.delete(id);
    if ("error" in answer) throw new Error(`deflate thread: ${answer.error}`);
    // Copied into memory of this thread's own: the thread's buffer, kept as long as the part it belongs to,
    // would pin memory among the thread's short-lived allocations (at 100,000 rows the peak was some 8 MB
    // higher). The copy costs a few milliseconds for the 20-odd megabytes of a copy's deflated sheet.
    return answer.bytes.slice();
  }

  /**
   * Deflates here a piece of the ring the thread has not started, for a main thread that would otherwise
   * wait for piece `wanted` (or NONE, for room): that piece if the thread is behind it, else the newest
   * (the thread comes to it last). False when the thread has started every piece held.
   */
  private steal(running: Running, wanted: number): boolean {
    const held = this.held;
    const own = held.find((h) => h.id === wanted);
    if (own && this.claim(running, own) === "deflated") return true;
    for (let i = held.length - 1; i >= 0; i--) {
      const h = held[i]!;
      if (h.id === wanted || this.answers.has(h.id)) continue;
      // The thread takes the jobs in order: once it has started this one, it has started every older one.
      return this.claim(running, h) === "deflated";
    }
    return false;
  }

  /** Claims a held piece for this thread and deflates it ("deflated"), unless the thread started it. */
  private claim(running: Running, h: Held): "deflated" | "thread's" {
    if (Atomics.compareExchange(running.signal, claimSlot(h.id), h.id, BY_MAIN) !== h.id) return "thread's";
    let made: Uint8Array | Error;
    try {
      made = deflatePieceNode(running.ring.subarray(h.start, h.end), h.level, h.last);
    } catch (e) {
      // The error of this piece, when it is taken; not of the piece being waited for.
      made = e instanceof Error ? e : new Error(String(e));
    }
    this.madeHere.set(h.id, made);
    // Its bytes in the ring are free at once: the thread passes over the job without reading them. (The
    // thread starts some 0.1 s after the first large piece: meanwhile this thread deflates every piece and
    // reuses the ring, instead of waiting for the thread to pass over the pieces it took.)
    this.held.splice(this.held.indexOf(h), 1);
    this.madeWhileWaiting++;
    return "deflated";
  }

  /**
   * Blocks until `ready()`, reading the answers that come meanwhile, and doing `meanwhile()` instead of
   * blocking while it finds something to do; returns early, with the thread given up, if it ends or
   * answers nothing for noAnswerMs.
   */
  private waitUntil(running: Running, ready: () => boolean, meanwhile?: () => boolean): void {
    let progress = Date.now();
    let count = Atomics.load(running.signal, ANSWERS);
    for (;;) {
      // The count is read before looking at the port: an answer posted after the look changes it, so the
      // wait below returns at once instead of missing it.
      const seen = Atomics.load(running.signal, ANSWERS);
      for (let m = running.receive(running.port); m; m = running.receive(running.port)) {
        const answer = m.message as PieceAnswer;
        this.answers.set(answer.id, answer);
      }
      if (ready()) return;
      if (seen !== count) {
        count = seen;
        progress = Date.now();
      }
      if (Atomics.load(running.signal, GONE) !== 0) return this.lose("the thread ended");
      if (Date.now() - progress > this.noAnswerMs) return this.lose(`no answer in ${this.noAnswerMs} ms`);
      if (meanwhile?.()) continue;
      Atomics.wait(running.signal, ANSWERS, seen, WAIT_SLICE_MS);
    }
  }
}
