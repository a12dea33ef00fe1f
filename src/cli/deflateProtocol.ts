/**
 * What the main thread and the deflate thread (deflateThread.ts, deflateWorker.ts) pass each other: a piece
 * to deflate, its answer, and the two words of shared memory the main thread waits on.
 */
import type { MessagePort } from "node:worker_threads";

/** A piece to deflate; `piece` is a copy the thread owns (its buffer transferred). */
export interface PieceJob {
  readonly id: number;
  readonly piece: Uint8Array;
  readonly level: number;
  readonly last: boolean;
}

/** The compressed bytes of job `id`, or why there are none. */
export type PieceAnswer = { readonly id: number; readonly bytes: Uint8Array } | { readonly id: number; readonly error: string };

/** Handed to the thread as it starts. */
export interface ThreadData {
  /** Jobs come in and answers go out on this port. */
  readonly port: MessagePort;
  /** Over a SharedArrayBuffer: [ANSWERS] counts answers posted, [GONE] is 1 once the thread has ended. */
  readonly signal: Int32Array;
}

export const ANSWERS = 0;
export const GONE = 1;
export const SIGNAL_WORDS = 2;
