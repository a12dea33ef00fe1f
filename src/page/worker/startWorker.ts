/**
 * Starts the check's worker from the page itself. Chromium refuses `new Worker("worker.js")` on a page
 * opened from disk (file://), and the page makes no request after it has loaded: the worker's bundle is
 * inlined in the page (a <script type="text/plain">, never run as a page script) and started from a Blob
 * URL, which the page's Content-Security-Policy allows (worker-src blob:).
 */
import type { BatchRequest, Progress, RequestProblem, BatchResult, WorkerReply } from "./protocol";

export const WORKER_SCRIPT_ID = "lygip-worker";

export type RunOutcome =
  | { readonly kind: "done"; readonly result: BatchResult }
  | { readonly kind: "refused"; readonly problem: RequestProblem }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "cancelled" };

export interface RunningCheck {
  readonly outcome: Promise<RunOutcome>;
  /** Ends the check at once: the worker is terminated, whatever it is doing. */
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

/** A worker started ahead of the next check: its bundle is read while the reviewer chooses the files. */
let spare: Worker | null = null;

/** Starts the next check's worker now, unless one is waiting already. */
export function startSpareWorker(): void {
  spare ??= new Worker(urlOfWorker());
}

/** One batch in a fresh worker (the one started ahead, if any), which ends with it. */
export function checkInWorker(request: BatchRequest, onProgress: (p: Progress) => void): RunningCheck {
  const worker = spare ?? new Worker(urlOfWorker());
  spare = null;
  let settle: (o: RunOutcome) => void = () => {};
  const outcome = new Promise<RunOutcome>((resolve) => {
    settle = (o) => {
      worker.terminate();
      resolve(o);
    };
  });
  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    if (data.type === "progress") onProgress(data.progress);
    else if (data.type === "done") settle({ kind: "done", result: data.result });
    else if (data.type === "refused") settle({ kind: "refused", problem: data.problem });
    else settle({ kind: "failed", message: data.message });
  };
  worker.onerror = (e) => {
    e.preventDefault();
    settle({ kind: "failed", message: e.message || "worker error" });
  };
  const buffers = [...request.files, ...(request.history ? [request.history] : [])].map((f) => f.bytes.buffer as ArrayBuffer);
  worker.postMessage(request, [...new Set(buffers)]);
  return { outcome, cancel: () => settle({ kind: "cancelled" }) };
}
