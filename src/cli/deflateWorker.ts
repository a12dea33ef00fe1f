/**
 * The deflate thread's body (started by deflateThread.ts): each piece that comes in on the port it is
 * given (its place in the shared ring, or a copy) is claimed and deflated by deflatePieceNode, as the main
 * thread would, and its bytes (or the error) go back on the same port in the order the pieces came; a
 * piece the main thread claimed first is passed over. After each
 * answer the shared counter is bumped and notified: the main thread, blocked in Atomics.wait on it, then
 * reads the answer with receiveMessageOnPort, with no turn of its event loop (the check is synchronous).
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { ANSWERS, BY_THREAD, GONE, claimSlot, type PieceAnswer, type PieceJob, type ThreadData } from "./deflateProtocol";

const { port, signal, ring } = workerData as ThreadData;

// Before anything else is loaded: a thread that ends (terminated, killed by an error, or unable to load
// what follows) says so, and the main thread's wait ends at once instead of at its bound.
process.on("exit", () => {
  Atomics.store(signal, GONE, 1);
  Atomics.notify(signal, ANSWERS);
});

const { deflatePieceNode } = require("./deflatePieceNode") as typeof import("./deflatePieceNode");
const { collectGarbage } = require("./heapGrowth") as typeof import("./heapGrowth");

const shared = new Uint8Array(ring);

/**
 * zlib's output buffers (16 kB each, then joined) are garbage here once a piece's bytes are handed over,
 * and this thread's small heap seldom fills, so V8 would let them pile up to some 64 MB before collecting
 * (the 100,000-row check peaked some 30 MB higher): the thread collects itself after this many bytes of
 * them, a few milliseconds of its own time each (heapGrowth.ts says how).
 */
const COLLECT_AFTER_BYTES = 2 * 1024 * 1024;
let garbage = 0;

function answer(job: PieceJob): { answer: PieceAnswer; transfer: ArrayBuffer[] } {
  try {
    // zlib reads the piece where it lies in the ring: no copy on this side.
    const piece = "piece" in job ? job.piece : shared.subarray(job.at, job.at + job.length);
    const out = deflatePieceNode(piece, job.level, job.last);
    // zlib's output may be a view into a larger buffer (small outputs come from Buffer's shared pool):
    // such bytes are copied, so only they cross, and the buffer handed over is theirs alone.
    const own = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength && out.buffer instanceof ArrayBuffer
      ? out : new Uint8Array(out);
    return { answer: { id: job.id, bytes: own }, transfer: [own.buffer as ArrayBuffer] };
  } catch (e) {
    return { answer: { id: job.id, error: e instanceof Error ? e.message : String(e) }, transfer: [] };
  }
}

(port as MessagePort).on("message", (job: PieceJob) => {
  if (Atomics.compareExchange(signal, claimSlot(job.id), job.id, BY_THREAD) !== job.id) {
    // The main thread deflated it while waiting: it has the bytes; the job is only counted as done, which
    // frees its bytes in the ring.
    Atomics.add(signal, ANSWERS, 1);
    Atomics.notify(signal, ANSWERS);
    return;
  }
  const { answer: reply, transfer } = answer(job);
  // Counted before the bytes are handed over (which empties this side's view of them).
  garbage += ("bytes" in reply ? reply.bytes.byteLength : 0) + ("piece" in job ? job.piece.byteLength : 0);
  port.postMessage(reply, transfer);
  Atomics.add(signal, ANSWERS, 1);
  Atomics.notify(signal, ANSWERS);
  // After the answer, so the main thread never waits on a collection.
  if (garbage >= COLLECT_AFTER_BYTES) {
    garbage = 0;
    collectGarbage();
  }
});
