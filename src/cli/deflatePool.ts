/**
 * The command line deflates a large part's pieces on worker threads. Each piece is an independent deflate
 * (zip/deflatePieces.ts), so pieces can be deflated side by side while the writer makes the next one, and
 * the bytes are exactly those of the synchronous path (the same fflate function, deflateWorker.ts). The
 * writer stays synchronous: a piece's bytes are taken in order, and the main thread sleeps on a shared
 * counter (Atomics.wait) until its worker has posted them, reading the reply with receiveMessageOnPort.
 * A browser's Web Worker uses the synchronous path: it is a worker already.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { deflatePieceNow, type DeflatedPiece } from "../workbook/bytes";
import type { PieceReply, PieceRequest, WorkerSetup } from "./deflateWorker";

/** Pieces smaller than this are deflated at once: posting them would cost more than it saves. */
const POOLED_PIECE_BYTES = 256 * 1024;
/**
 * A worker that has not answered in this long is taken for dead (one that cannot load says nothing, and
 * its events cannot arrive while the main thread waits): its pieces are deflated on the main thread
 * instead, the same bytes. A piece takes well under a second.
 */
const GIVE_UP_MS = 30_000;

interface PoolWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly signal: Int32Array;
  dead: boolean;
}

export class DeflatePool {
  private readonly workers: PoolWorker[] = [];
  private readonly replies = new Map<number, PieceReply>();
  private nextId = 0;

  constructor(private readonly script: string, private readonly size: number, private readonly giveUpMs = GIVE_UP_MS) {}

  /** The codec's deflatePiece: large pieces go to a worker, round-robin; small ones are deflated now. */
  readonly deflatePiece = (piece: Uint8Array, level: number, last: boolean): DeflatedPiece => {
    if (piece.length < POOLED_PIECE_BYTES) {
      const out = deflatePieceNow(piece, level, last);
      return () => out;
    }
    const id = this.nextId++;
    const w = this.worker(id % this.size);
    if (w.dead) {
      const out = deflatePieceNow(piece, level, last);
      return () => out;
    }
    // The message carries a copy of the piece's buffer: a view into a larger buffer is cut out first, or the
    // whole buffer would be copied. The piece is kept until taken, in case its worker never answers.
    const own = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength ? piece : piece.slice();
    w.worker.postMessage({ id, piece: own, level, last } satisfies PieceRequest);
    let taken: Uint8Array | undefined;
    return () => (taken ??= this.take(w, id) ?? deflatePieceNow(own, level, last));
  };

  /** Stops the workers (the process would end without it: they do not keep it alive). */
  close(): void {
    for (const w of this.workers.splice(0)) void w.worker.terminate();
  }

  private worker(index: number): PoolWorker {
    let w = this.workers[index];
    if (w) return w;
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.script, { workerData: { port: port2, signal } satisfies WorkerSetup, transferList: [port2] });
    worker.unref();
    port1.unref();
    w = { worker, port: port1, signal, dead: false };
    this.workers[index] = w;
    return w;
  }

  /** The piece's bytes from its worker; undefined when the worker is dead (the caller deflates it). */
  private take(w: PoolWorker, id: number): Uint8Array | undefined {
    const start = Date.now();
    for (;;) {
      const reply = this.replies.get(id);
      if (reply) {
        this.replies.delete(id);
        if ("error" in reply) throw new Error(`deflate worker: ${reply.error}`);
        return reply.out;
      }
      const seen = Atomics.load(w.signal, 0);
      const message = receiveMessageOnPort(w.port);
      if (message) {
        const r = message.message as PieceReply;
        this.replies.set(r.id, r);
        continue;
      }
      if (w.dead) return undefined;
      const left = this.giveUpMs - (Date.now() - start);
      if (left <= 0 || Atomics.wait(w.signal, 0, seen, left) === "timed-out") {
        w.dead = true;
        void w.worker.terminate();
        return undefined;
      }
    }
  }
}

/**
 * A pool for this machine, or undefined where none is worth it or possible: one core, or the worker's
 * compiled script absent (the sources run under a test runner, not compiled: the synchronous path then).
 */
export function deflatePoolForThisMachine(): DeflatePool | undefined {
  const script = join(__dirname, "deflateWorker.js");
  const cores = availableParallelism();
  if (cores < 2 || !existsSync(script)) return undefined;
  return new DeflatePool(script, Math.min(4, cores));
}
