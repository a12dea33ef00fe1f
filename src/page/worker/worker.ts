/**
 * The page's worker: one batch per request, checked off the page's thread so the page stays responsive and
 * a cancel can end it (the page terminates the worker). Built as its own bundle and inlined in the page.
 * The check itself is synchronous; the browser's inflate and deflate around it are not (nativeBatch.ts).
 */
import { useCodec } from "../../workbook/bytes";
import { pageCodec } from "./pageCodec";
import type { BatchRequest, WorkerReply } from "./protocol";
import { runBatchNative } from "./nativeBatch";

/** The part of a dedicated worker's global scope used here (the DOM library's types are the page's). */
interface WorkerScope {
  onmessage: ((event: { data: BatchRequest }) => void | Promise<void>) | null;
  postMessage(message: WorkerReply, transfer?: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;

useCodec(pageCodec);

scope.onmessage = async ({ data }) => {
  try {
    const outcome = await runBatchNative(data, (progress) => scope.postMessage({ type: "progress", progress }));
    if (!outcome.ok) {
      scope.postMessage({ type: "refused", problem: outcome.problem });
      return;
    }
    const { result } = outcome;
    // The outputs move to the page rather than being copied: a batch's copies can be tens of megabytes.
    const buffers = [result.summary, result.json, ...result.files.map((f) => f.copy)].flatMap((b) => (b ? [b.bytes.buffer as ArrayBuffer] : []));
    scope.postMessage({ type: "done", result }, [...new Set(buffers)]);
  } catch (e) {
    scope.postMessage({ type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
