/**
 * Starts the check's worker from the page itself. Chromium refuses `new Worker("worker.js")` on a page
 * opened from disk (file://), and the page makes no request after it has loaded: the worker's bundle is
 * inlined in the page (a <script type="text/plain">, never run as a page script) and started from a Blob
 * URL, which the page's Content-Security-Policy allows (worker-src blob:).
 */
import { AheadDeflate } from "./aheadDeflate";
import type { BatchRequest, CheckedResult, NamedBytes, Progress, RequestProblem, Share, Taken, WorkerReply, Written } from "./protocol";

export const WORKER_SCRIPT_ID = "lygip-worker";

export type RunOutcome =
  | {
      readonly kind: "done";
      /** The results, as soon as the batch is checked. */
      readonly result: CheckedResult;
      /** The copies and the batch workbook, written after the results: null if the check was ended first or failed. */
      readonly written: Promise<Written | null>;
      /** The JSON report, made after the outputs: null if it could not be made or the check was ended first. */
      readonly json: Promise<NamedBytes | null>;
    }
  | { readonly kind: "refused"; readonly problem: RequestProblem }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "cancelled" };

export interface RunningCheck {
  readonly outcome: Promise<RunOutcome>;
  /**
   * Ends the check at once: the workers are terminated, whatever they are doing. After the outcome, it ends the
   * writing of the outputs and of the JSON report, if that is still going on (their promises then give null).
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
 * shown is the first worker's. The outcome comes with the results, once the batch is checked; the outputs
 * follow as `written` once every worker has written its share, then the JSON report as `json`, and the
 * workers end.
 */
export function checkInWorker(request: BatchRequest, onProgress: (p: Progress) => void): RunningCheck {
  const split = shares();
  const workers = split.map(() => takeWorker());
  // The pieces each worker writes, compressed here while it checks on (aheadDeflate.ts).
  const deflaters = workers.map(() => new AheadDeflate());
  const later = <T>() => {
    let give: (value: T | null) => void = () => {};
    const promise = new Promise<T | null>((resolve) => (give = resolve));
    return { promise, give };
  };
  const written = later<Written>();
  const json = later<NamedBytes>();
  // Each worker's share of the outputs, as it comes.
  const parts: (Written | undefined)[] = split.map(() => undefined);
  let checked = false;
  let settled = false;
  let settle: (o: RunOutcome) => void = () => {};
  const outcome = new Promise<RunOutcome>((resolve) => (settle = resolve));
  /** Ends every worker and what is still to come: null for the outputs and the report not made yet. */
  const endAll = () => {
    workers.forEach((w) => w.terminate());
    for (const d of deflaters) d.giveUp();
    written.give(null);
    json.give(null);
  };
  const finish = (o: RunOutcome) => {
    if (settled) return;
    settled = true;
    if (o.kind !== "done") endAll();
    settle(o);
  };
  // A worker that fails after the results loses what it had not made yet, not the results: the report if it
  // makes it; the outputs too (every worker's share ends then) if it had not sent its share.
  const lose = (i: number, failure: RunOutcome & { kind: "failed" | "refused" }) => {
    if (!checked) return finish(failure);
    workers[i]!.terminate();
    if (i === 0) json.give(null);
    if (!parts[i]) endAll();
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
      } else if (data.type === "checked") {
        if (i !== 0) return;
        checked = true;
        finish({ kind: "done", result: data.result, written: written.promise, json: json.promise });
      } else if (data.type === "done") {
        // Whatever this worker did not take, it compressed itself.
        deflater.giveUp();
        parts[i] = data.written;
        // A worker that makes only the batch workbook is done with it.
        if (i > 0) worker.terminate();
        if (parts.every((p) => p)) written.give({ files: parts[0]!.files, summary: parts.find((p) => p!.summary)?.summary });
      } else if (data.type === "json") {
        worker.terminate();
        json.give(data.json);
      } else if (data.type === "refused") lose(i, { kind: "refused", problem: data.problem });
      else lose(i, { kind: "failed", message: data.message });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      lose(i, { kind: "failed", message: e.message || "worker error" });
    };
  });
  // The second worker gets a copy of the files; the first is then given the page's own.
  for (let i = workers.length - 1; i > 0; i--) workers[i]!.postMessage({ ...request, share: split[i] } satisfies BatchRequest);
  const buffers = [...request.files, ...(request.history ? [request.history] : [])].map((f) => f.bytes.buffer as ArrayBuffer);
  workers[0]!.postMessage({ ...request, ...(split[0] ? { share: split[0] } : {}) } satisfies BatchRequest, [...new Set(buffers)]);
  return {
    outcome,
    cancel: () => {
      if (checked) endAll();
      else finish({ kind: "cancelled" });
    },
  };
}
