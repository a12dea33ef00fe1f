/**
 * Starts the check's worker from the page itself. Chromium refuses `new Worker("worker.js")` on a page
 * opened from disk (file://), and the page makes no request after it has loaded: the worker's bundle is
 * inlined in the page (a <script type="text/plain">, never run as a page script) and started from a Blob
 * URL, which the page's Content-Security-Policy allows (worker-src blob:).
 */
import { AheadDeflate } from "./aheadDeflate";
import type { BatchRequest, BatchResult, NamedBytes, Progress, RequestProblem, Share, Taken, WorkerReply, WorkerResult } from "./protocol";

export const WORKER_SCRIPT_ID = "lygip-worker";

export type RunOutcome =
  | {
      readonly kind: "done";
      readonly result: BatchResult;
      /** The JSON report, made after the results: null if it could not be made or the check was ended first. */
      readonly json: Promise<NamedBytes | null>;
    }
  | { readonly kind: "refused"; readonly problem: RequestProblem }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "cancelled" };

export interface RunningCheck {
  readonly outcome: Promise<RunOutcome>;
  /**
   * Ends the check at once: the workers are terminated, whatever they are doing. After the outcome, it ends the
   * writing of the JSON report, if that is still going on (its promise then gives null).
   */
  cancel(): void;
}

let workerUrl: string | null = null;

function urlOfWorker(): string {
  if (workerUrl) return workerUrl;
  const source = document.getElementById(WORKER_SCRIPT_ID)?.textContent;
  if (!source) throw new Error(`no #${WORKER_SCRIPT_ID} in the page`);
  workerUrl = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  return workerUrl;
}

/**
 * A batch is shared between two workers (protocol.ts Share) only where a core is left for each beside the
 * page's own thread: on two cores, two workers each reading and checking the batch take longer than one.
 */
function shares(): readonly (Share | undefined)[] {
  return (navigator.hardwareConcurrency ?? 1) > 2 ? ["copies", "summary"] : [undefined];
}

/** Workers started ahead of the next check: their bundle is read while the reviewer chooses the files. */
const spares: Worker[] = [];

/** Starts the next check's workers now, unless they are waiting already. */
export function startSpareWorker(): void {
  while (spares.length < shares().length) spares.push(new Worker(urlOfWorker()));
}

function takeWorker(): Worker {
  return spares.shift() ?? new Worker(urlOfWorker());
}

/**
 * One batch in fresh workers (those started ahead, if any), which end with it. Where there are cores to
 * spare, two: each reads and checks the whole batch, one then makes the copies and the report, the other
 * the batch workbook, so the batch workbook is not written after the copies but beside them. The progress
 * shown is the first worker's; once it is done, the batch workbook is what is left. The outcome comes with
 * the results; the first worker then writes the JSON report, which follows as `json`, and ends.
 */
export function checkInWorker(request: BatchRequest, onProgress: (p: Progress) => void): RunningCheck {
  const split = shares();
  const workers = split.map(() => takeWorker());
  // The pieces each worker writes, compressed here while it checks on (aheadDeflate.ts).
  const deflaters = workers.map(() => new AheadDeflate());
  // The first worker writes the report once it has sent its results; it ends when the report comes.
  let reported: (json: NamedBytes | null) => void = () => {};
  const json = new Promise<NamedBytes | null>((resolve) => (reported = resolve));
  const endReport = (report: NamedBytes | null) => {
    workers[0]!.terminate();
    reported(report);
  };
  let settled = false;
  let settle: (o: RunOutcome) => void = () => {};
  const outcome = new Promise<RunOutcome>((resolve) => {
    settle = (o) => {
      if (settled) return;
      settled = true;
      workers.forEach((w, i) => i > 0 && w.terminate());
      if (o.kind !== "done") endReport(null);
      for (const d of deflaters) d.giveUp();
      resolve(o);
    };
  });
  const results: (WorkerResult | undefined)[] = split.map(() => undefined);
  // A worker that fails after it has sent its results can only have lost the report (the first one's).
  const lostAfterResults = (i: number) => {
    if (i === 0) endReport(null);
  };
  workers.forEach((worker, i) => {
    const deflater = deflaters[i]!;
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === "piece") deflater.add(data.index, data.bytes, data.last);
      else if (data.type === "take") {
        const bytes = deflater.take(data.first, data.count);
        worker.postMessage({ taken: data.id, bytes } satisfies Taken, bytes ? [bytes.buffer as ArrayBuffer] : []);
      } else if (data.type === "progress") {
        if (i === 0) onProgress(data.progress);
      } else if (data.type === "done") {
        // Whatever this worker did not take, it compressed itself.
        deflater.giveUp();
        results[i] = data.result;
        const first = results[0];
        const summary = results.find((r) => r?.summary)?.summary;
        if (first && summary && results.every((r) => r)) settle({ kind: "done", result: { ...first, summary }, json });
        else if (i === 0) onProgress({ step: "summary", done: 0, total: 1 });
      } else if (data.type === "json") endReport(data.json);
      else if (results[i]) lostAfterResults(i);
      else if (data.type === "refused") settle({ kind: "refused", problem: data.problem });
      else settle({ kind: "failed", message: data.message });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      if (results[i]) lostAfterResults(i);
      else settle({ kind: "failed", message: e.message || "worker error" });
    };
  });
  // The second worker gets a copy of the files; the first is then given the page's own.
  for (let i = workers.length - 1; i > 0; i--) workers[i]!.postMessage({ ...request, share: split[i] } satisfies BatchRequest);
  const buffers = [...request.files, ...(request.history ? [request.history] : [])].map((f) => f.bytes.buffer as ArrayBuffer);
  workers[0]!.postMessage({ ...request, ...(split[0] ? { share: split[0] } : {}) } satisfies BatchRequest, [...new Set(buffers)]);
  return {
    outcome,
    cancel: () => {
      settle({ kind: "cancelled" });
      endReport(null);
    },
  };
}
