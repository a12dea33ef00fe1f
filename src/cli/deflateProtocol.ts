/**
 * What the main thread and the deflate thread (deflateThread.ts, deflateWorker.ts) pass each other: a piece
 * to deflate, its answer, and the shared memory: the words the main thread waits on and the ring the
 * pieces are copied into.
 */
import type { MessagePort } from "node:worker_threads";

/**
 * A piece to deflate: `length` bytes at `at` in the shared ring, or, for a piece too large for the ring,
 * `piece`, a copy the thread owns (its buffer transferred).
 */
export type PieceJob = {
  readonly id: number;
  readonly level: number;
  readonly last: boolean;
} & ({ readonly at: number; readonly length: number } | { readonly piece: Uint8Array });

/** The compressed bytes of job `id`, or why there are none. */
export type PieceAnswer = { readonly id: number; readonly bytes: Uint8Array } | { readonly id: number; readonly error: string };

/** Handed to the thread as it starts. */
export interface ThreadData {
  /** Jobs come in and answers go out on this port. */
  readonly port: MessagePort;
  /**
   * Over a SharedArrayBuffer: [ANSWERS] counts the answers posted (the jobs done, since they are done in
   * order), [GONE] is 1 once the thread has ended.
   */
  readonly signal: Int32Array;
  /** The shared ring the main thread copies pieces into (a job's bytes are free again once it is answered). */
  readonly ring: SharedArrayBuffer;
}

export const ANSWERS = 0;
export const GONE = 1;
export const SIGNAL_WORDS = 2;
