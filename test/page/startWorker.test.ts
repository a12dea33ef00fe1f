/**
 * The page's side of a check (startWorker.ts) against a stand-in worker: the outcome comes with the results,
 * the JSON report follows it and ends the worker; a check ended after its results, or a worker that fails
 * then, loses only the report. The browser test runs the real worker through the built page.
 */
import type { BatchRequest, CheckedResult, NamedBytes, WorkerReply, Written } from "../../src/page/worker/protocol";
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

const result: CheckedResult = { files: [{ name: "甲.xlsx", sheet: "申报表", rows: 1 }], totals: {} as CheckedResult["totals"], problems: [] };
const copy: NamedBytes = { name: "甲.checked.xlsx", bytes: new Uint8Array([2]) };
const summary: NamedBytes = { name: "汇总.xlsx", bytes: new Uint8Array([1]) };
const written: Written = { files: [{ ...result.files[0]!, copy }], summary };
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

test("the outcome comes with the results; the outputs follow, then the report, and then the worker is ended", async () => {
  const run = checkInWorker(request, () => {});
  const [worker] = StandInWorker.made;
  expect(worker!.posted).toHaveLength(1);
  worker!.reply({ type: "checked", result });
  const outcome = await run.outcome;
  if (outcome.kind !== "done") throw new Error(outcome.kind);
  expect(outcome.result).toEqual(result);
  // The worker writes the copies now: it is not ended, and neither they nor the report are there yet.
  expect(worker!.terminated).toBe(false);
  expect(await settledYet(outcome.written)).toBe(false);
  worker!.reply({ type: "done", written });
  expect(await outcome.written).toEqual(written);
  expect(await settledYet(outcome.json)).toBe(false);
  expect(worker!.terminated).toBe(false);
  worker!.reply({ type: "json", json: report });
  expect(await outcome.json).toBe(report);
  expect(worker!.terminated).toBe(true);
});

test("a check ended after its results ends the writing: the worker is ended, the outputs and the report are null", async () => {
  const run = checkInWorker(request, () => {});
  const [worker] = StandInWorker.made;
  worker!.reply({ type: "checked", result });
  const outcome = await run.outcome;
  if (outcome.kind !== "done") throw new Error(outcome.kind);
  run.cancel();
  expect(worker!.terminated).toBe(true);
  expect(await outcome.written).toBeNull();
  expect(await outcome.json).toBeNull();
});

test("a check ended after its outputs loses only the report", async () => {
  const run = checkInWorker(request, () => {});
  const [worker] = StandInWorker.made;
  worker!.reply({ type: "checked", result });
  worker!.reply({ type: "done", written });
  const outcome = await run.outcome;
  if (outcome.kind !== "done") throw new Error(outcome.kind);
  run.cancel();
  expect(await outcome.written).toEqual(written);
  expect(await outcome.json).toBeNull();
});

test("a worker that fails after its results loses what it had not made yet, not the results", async () => {
  for (const failing of [(w: StandInWorker) => w.fail("out of memory"), (w: StandInWorker) => w.reply({ type: "failed", message: "out of memory" })]) {
    for (const madeFirst of [[], [{ type: "done", written }]] as WorkerReply[][]) {
      const run = checkInWorker(request, () => {});
      const worker = StandInWorker.made[StandInWorker.made.length - 1]!;
      worker.reply({ type: "checked", result });
      for (const reply of madeFirst) worker.reply(reply);
      const outcome = await run.outcome;
      failing(worker);
      if (outcome.kind !== "done") throw new Error(outcome.kind);
      expect(await outcome.written).toEqual(madeFirst.length ? written : null);
      expect(await outcome.json).toBeNull();
      expect(worker.terminated).toBe(true);
    }
  }
});

test("a check that fails before its results has no outputs, and its worker is ended", async () => {
  const run = checkInWorker(request, () => {});
  const [worker] = StandInWorker.made;
  worker!.reply({ type: "failed", message: "unreadable" });
  expect(await run.outcome).toEqual({ kind: "failed", message: "unreadable" });
  expect(worker!.terminated).toBe(true);
});

test("a refused request is the outcome", async () => {
  const run = checkInWorker(request, () => {});
  const [worker] = StandInWorker.made;
  worker!.reply({ type: "refused", problem: { zh: "费率有误", en: "bad rate" } });
  expect(await run.outcome).toEqual({ kind: "refused", problem: { zh: "费率有误", en: "bad rate" } });
  expect(worker!.terminated).toBe(true);
});

describe("on more than two cores, two workers: the first makes the copies and the report, the second the batch workbook", () => {
  beforeAll(() => Object.defineProperty(globalThis, "navigator", { value: { hardwareConcurrency: 4 }, configurable: true }));
  afterAll(() => Object.defineProperty(globalThis, "navigator", { value: { hardwareConcurrency: 2 }, configurable: true }));
  const copies: Written = { files: written.files };
  const workbook: Written = { files: [], summary };

  test("the results are the first worker's; the outputs come once both have written theirs, whichever is first", async () => {
    for (const order of [[0, 1], [1, 0]]) {
      const run = checkInWorker(request, () => {});
      const [first, second] = StandInWorker.made.slice(-2);
      // The second worker's results are not the page's (it sends none): the first one's are.
      first!.reply({ type: "checked", result });
      const outcome = await run.outcome;
      if (outcome.kind !== "done") throw new Error(outcome.kind);
      expect(outcome.result).toEqual(result);
      for (const w of order) (w === 0 ? first : second)!.reply({ type: "done", written: w === 0 ? copies : workbook });
      expect(await outcome.written).toEqual({ files: written.files, summary });
      expect(second!.terminated).toBe(true);
      first!.reply({ type: "json", json: report });
      expect(await outcome.json).toBe(report);
      expect(first!.terminated).toBe(true);
    }
  });

  test("the first worker failing after its copies, before the batch workbook, loses the report; the batch workbook still comes", async () => {
    const run = checkInWorker(request, () => {});
    const [first, second] = StandInWorker.made.slice(-2);
    first!.reply({ type: "checked", result });
    first!.reply({ type: "done", written: copies });
    first!.fail("out of memory");
    expect(second!.terminated).toBe(false);
    second!.reply({ type: "done", written: workbook });
    const outcome = await run.outcome;
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(await outcome.written).toEqual({ files: written.files, summary });
    expect(await outcome.json).toBeNull();
  });

  test("the second worker failing before its batch workbook loses the outputs, not the results", async () => {
    const run = checkInWorker(request, () => {});
    const [first, second] = StandInWorker.made.slice(-2);
    first!.reply({ type: "checked", result });
    second!.fail("out of memory");
    const outcome = await run.outcome;
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(await outcome.written).toBeNull();
    expect(first!.terminated).toBe(true);
  });
});
