/**
 * The page's worker: one batch per request, checked off the page's thread so the page stays responsive and
 * a cancel can end it (the page terminates the worker). Built as its own bundle and inlined in the page.
 * The check itself is synchronous; the browser's inflate and deflate around it are not (nativeBatch.ts).
 * Each piece the check writes is sent to the page as it is made, which compresses it meanwhile on its own
 * thread (aheadDeflate.ts); the finished parts are then asked of it. The results are sent once checked,
 * before anything is written: the page shows them while the copies, the batch workbook and then the JSON
 * report are made.
 */
import { useCodec } from "../../workbook/bytes";
import { pageCodec } from "./pageCodec";
import type { CheckedResult, PageMessage, WorkerReply } from "./protocol";
import { runBatchNative, type Ahead } from "./nativeBatch";

/** The part of a dedicated worker's global scope used here (the DOM library's types are the page's). */
interface WorkerScope {
  onmessage: ((event: { data: PageMessage }) => void | Promise<void>) | null;
  postMessage(message: WorkerReply, transfer?: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;

useCodec(pageCodec);

/** Takes asked of the page and not answered yet, by id. */
const asked = new Map<number, (bytes: Uint8Array | null) => void>();
let nextTake = 0;

const ahead: Ahead = {
  onPiece: (index, piece, last) => {
    // The check keeps its piece (a part may be read back); the page is given a copy of the piece alone,
    // not of the buffer it may be a view of.
    const bytes = piece.slice();
    scope.postMessage({ type: "piece", index, bytes, last }, [bytes.buffer]);
  },
  take: (first, count) =>
    new Promise((resolve) => {
      const id = nextTake++;
      asked.set(id, resolve);
      scope.postMessage({ type: "take", id, first, count });
    }),
};

scope.onmessage = async ({ data }) => {
  if ("taken" in data) {
    asked.get(data.taken)?.(data.bytes);
    asked.delete(data.taken);
    return;
  }
  try {
    // The results from the worker whose results the page shows (the one making the copies, or the only one).
    const checked = data.share === "summary" ? undefined : (result: CheckedResult) => scope.postMessage({ type: "checked", result });
    const outcome = await runBatchNative(data, (progress) => scope.postMessage({ type: "progress", progress }), ahead, checked);
    if (!outcome.ok) {
      scope.postMessage({ type: "refused", problem: outcome.problem });
      return;
    }
    const { files, summary } = outcome.result;
    // The outputs move to the page rather than being copied: a batch's copies can be tens of megabytes.
    const buffers = [summary, ...files.map((f) => f.copy)].flatMap((b) => (b ? [b.bytes.buffer as ArrayBuffer] : []));
    scope.postMessage({ type: "done", written: { files, ...(summary ? { summary } : {}) } }, [...new Set(buffers)]);
    // The report after the outputs: the page shows the results while this worker writes it (a worker that
    // makes only the batch workbook makes no report).
    if (data.share !== "summary") {
      const json = outcome.json();
      scope.postMessage({ type: "json", json }, [json.bytes.buffer as ArrayBuffer]);
    }
  } catch (e) {
    scope.postMessage({ type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
