/**
 * The page's side of a check (startWorker.ts) against a stand-in worker: the outcome comes with the results,
 * the JSON report follows it and ends the worker; a check ended after its results, or a worker that fails
 * then, loses only the report. The browser test runs the real worker through the built page.
 */
import type { BatchRequest, BatchResult, NamedBytes, WorkerReply, WorkerResult } from "../../src/page/worker/protocol";
import type { checkInWorker as CheckInWorker } from "../../src/page/worker/startWorker";

/** A worker that answers as the test tells it: what the page posted, and whether it was ended. */
class StandInWorker {
  static made: StandInWorker[] = [];
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  readonly posted: unknown[] = [];
  terminated = false;
  constructor() {
    StandInWorker.made.push(this);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: WorkerReply): void {
    if (!this.terminated) this.onmessage?.({ data });
  }
  fail(message: string): void {
    if (!this.terminated) this.onerror?.({ message, preventDefault() {} });
  }
}

const result: WorkerResult = {
  files: [{ name: "甲.xlsx", rows: 1 }],
  totals: {} as BatchResult["totals"],
  problems: [],
  summary: { name: "汇总.xlsx", bytes: new Uint8Array([1]) },
};
const report: NamedBytes = { name: "审核报告.json", bytes: new TextEncoder().encode("{}\n") };
const request: BatchRequest = { files: [{ name: "甲.xlsx", bytes: new Uint8Array([0x50, 0x4b]) }], rates: [], lang: "zh" };

let checkInWorker: typeof CheckInWorker;
const saved = { Worker: globalThis.Worker, document: (globalThis as { document?: unknown }).document, navigator: globalThis.navigator };

beforeAll(() => {
  // Two cores: one worker a check (startWorker.ts shares()).
  Object.defineProperty(globalThis, "navigator", { value: { hardwareConcurrency: 2 }, configurable: true });
  (globalThis as { document?: unknown }).document = { getElementById: () => ({ textContent: "/* the worker's bundle */" }) };
  (globalThis as { Worker?: unknown }).Worker = StandInWorker;
  ({ checkInWorker } = require("../../src/page/worker/startWorker") as typeof import("../../src/page/worker/startWorker"));
});

afterAll(() => {
  Object.defineProperty(globalThis, "navigator", { value: saved.navigator, configurable: true });
  (globalThis as { document?: unknown }).document = saved.document;
  (globalThis as { Worker?: unknown }).Worker = saved.Worker;
});

beforeEach(() => void (StandInWorker.made = []));

/** Whether a promise has settled yet (after the microtasks queued so far). */
async function settledYet(p: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void p.then(() => void (settled = true), () => void (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

test("the outcome comes with the results; the report follows it and then the worker is ended", async () => {
  const run = checkInWorker(request, () => {});
  const [worker] = StandInWorker.made;
  expect(worker!.posted).toHaveLength(1);
  worker!.reply({ type: "done", result });
  const outcome = await run.outcome;
  if (outcome.kind !== "done") throw new Error(outcome.kind);
  expect(outcome.result.files).toEqual(result.files);
  // The worker writes the report now: it is not ended, and the report is not there yet.
  expect(worker!.terminated).toBe(false);
  expect(await settledYet(outcome.json)).toBe(false);
  worker!.reply({ type: "json", json: report });
  expect(await outcome.json).toBe(report);
  expect(worker!.terminated).toBe(true);
});

test("a check ended after its results ends the report: the worker is ended and the report is null", async () => {
  const run = checkInWorker(request, () => {});
  const [worker] = StandInWorker.made;
  worker!.reply({ type: "done", result });
  const outcome = await run.outcome;
  if (outcome.kind !== "done") throw new Error(outcome.kind);
  run.cancel();
  expect(worker!.terminated).toBe(true);
  expect(await outcome.json).toBeNull();
});

test("a worker that fails after its results loses the report, not the results", async () => {
  for (const failing of [(w: StandInWorker) => w.fail("out of memory"), (w: StandInWorker) => w.reply({ type: "failed", message: "out of memory" })]) {
    const run = checkInWorker(request, () => {});
    const worker = StandInWorker.made[StandInWorker.made.length - 1]!;
    worker.reply({ type: "done", result });
    const outcome = await run.outcome;
    failing(worker);
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(await outcome.json).toBeNull();
    expect(worker.terminated).toBe(true);
  }
});

test("a check that fails before its results has no report, and its worker is ended", async () => {
  const run = checkInWorker(request, () => {});
  const [worker] = StandInWorker.made;
  worker!.reply({ type: "failed", message: "unreadable" });
  expect(await run.outcome).toEqual({ kind: "failed", message: "unreadable" });
  expect(worker!.terminated).toBe(true);
});

describe("on more than two cores, two workers: the first makes the copies and the report, the second the batch workbook", () => {
  beforeAll(() => Object.defineProperty(globalThis, "navigator", { value: { hardwareConcurrency: 4 }, configurable: true }));
  afterAll(() => Object.defineProperty(globalThis, "navigator", { value: { hardwareConcurrency: 2 }, configurable: true }));
  const copies: WorkerResult = { ...result, summary: undefined };
  const workbook: WorkerResult = { ...result, files: [] };

  test("a report that comes before the batch workbook is kept for the outcome", async () => {
    const run = checkInWorker(request, () => {});
    const [first, second] = StandInWorker.made;
    first!.reply({ type: "done", result: copies });
    first!.reply({ type: "json", json: report });
    expect(first!.terminated).toBe(true);
    expect(second!.terminated).toBe(false);
    second!.reply({ type: "done", result: workbook });
    const outcome = await run.outcome;
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(outcome.result.files).toEqual(result.files);
    expect(outcome.result.summary).toBe(result.summary);
    expect(await outcome.json).toBe(report);
    expect(second!.terminated).toBe(true);
  });

  test("the first worker failing after its results loses the report; the batch still comes", async () => {
    const run = checkInWorker(request, () => {});
    const [first, second] = StandInWorker.made;
    first!.reply({ type: "done", result: copies });
    first!.fail("out of memory");
    second!.reply({ type: "done", result: workbook });
    const outcome = await run.outcome;
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(await outcome.json).toBeNull();
  });
});
