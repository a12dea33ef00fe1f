/**
 * A deflate worker thread of the command line's pool (deflatePool.ts): deflates each piece it is sent with
 * the core's own function, posts the bytes back on its port and wakes the main thread, which waits for
 * them synchronously.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { deflatePieceNow } from "../workbook/bytes";

export interface PieceRequest {
  readonly id: number;
  readonly piece: Uint8Array;
  readonly level: number;
  readonly last: boolean;
}

export type PieceReply = { readonly id: number; readonly out: Uint8Array } | { readonly id: number; readonly error: string };

export interface WorkerSetup {
  readonly port: MessagePort;
  /** Counts the replies posted; the main thread sleeps on it (Atomics.wait) until it moves. */
  readonly signal: Int32Array;
}

if (parentPort && workerData) {
  const { port, signal } = workerData as WorkerSetup;
  parentPort.on("message", (request: PieceRequest) => {
    try {
      const out = deflatePieceNow(request.piece, request.level, request.last);
      const owned = out.byteLength === out.buffer.byteLength ? out : out.slice();
      port.postMessage({ id: request.id, out: owned } satisfies PieceReply, [owned.buffer as ArrayBuffer]);
    } catch (err) {
      port.postMessage({ id: request.id, error: err instanceof Error ? err.message : String(err) } satisfies PieceReply);
    }
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
