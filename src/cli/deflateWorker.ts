/**
 * The deflate thread's body (started by deflateThread.ts): each piece that comes in on the port it is
 * given is deflated by deflatePieceNode, as the main thread would, and its bytes (or the error) go back on
 * the same port in the order the pieces came. After each answer the shared counter is bumped and notified:
 * the main thread, blocked in Atomics.wait on it, then reads the answer with receiveMessageOnPort, with no
 * turn of its event loop (the check is synchronous).
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { deflatePieceNode } from "./deflatePieceNode";
import { ANSWERS, GONE, type PieceAnswer, type PieceJob, type ThreadData } from "./deflateProtocol";

const { port, signal } = workerData as ThreadData;

function answer(job: PieceJob): { answer: PieceAnswer; transfer: ArrayBuffer[] } {
  try {
    const out = deflatePieceNode(job.piece, job.level, job.last);
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
  const { answer: reply, transfer } = answer(job);
  port.postMessage(reply, transfer);
  Atomics.add(signal, ANSWERS, 1);
  Atomics.notify(signal, ANSWERS);
});

// A thread that ends (terminated, or killed by an error outside a piece) says so, so a wait ends at once.
process.on("exit", () => {
  Atomics.store(signal, GONE, 1);
  Atomics.notify(signal, ANSWERS);
});
