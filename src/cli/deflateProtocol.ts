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
   * Over a SharedArrayBuffer: [ANSWERS] counts the jobs the thread is done with (answered, or passed over
   * as deflated by the main thread; they are done in order), [GONE] is 1 once the thread has ended, and
   * from CLAIMS on, one word per job in flight says who deflates it (claimSlot).
   */
  readonly signal: Int32Array;
  /** The shared ring the main thread copies pieces into (a job's bytes are free again once it is answered). */
  readonly ring: SharedArrayBuffer;
}

export const ANSWERS = 0;
export const GONE = 1;
/** The first of the claim words. */
export const CLAIMS = 2;
/**
 * Claim words: a job's word holds its id while nobody has started it; whoever swaps the id for their mark
 * first (Atomics.compareExchange) deflates it, and the other leaves it. The main thread takes a piece the
 * thread has not started instead of waiting idle for it (deflateThread.ts), and the thread passes over it.
 * A word is reused every CLAIM_SLOTS jobs: the main thread never has that many unfinished.
 */
export const CLAIM_SLOTS = 256;
export const SIGNAL_WORDS = CLAIMS + CLAIM_SLOTS;
/** A claim word's mark once the thread has started its job. */
export const BY_THREAD = -1;
/** A claim word's mark once the main thread has taken its job. */
export const BY_MAIN = -2;

/** The index in `signal` of job `id`'s claim word. */
export function claimSlot(id: number): number {
  return CLAIMS + (id % CLAIM_SLOTS);
}
