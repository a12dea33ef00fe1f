/**
 * The page benchmark's CPU by thread (bench/threadCpu.ts): each thread's kind by its name and process
 * (the sampling itself, which needs a child process, in threadCpu.e2e.test.ts).
 */
import { threadKind } from "../../bench/threadCpu";

describe("threadKind", () => {
  const renderers = new Set([200]);

  test("the page's worker, V8's pool threads and the page's own thread in the renderer; anything else is other", () => {
    expect(threadKind({ pid: 200, tid: 231, comm: "DedicatedWorker" }, renderers)).toBe("worker");
    expect(threadKind({ pid: 200, tid: 212, comm: "ThreadPoolForeg" }, renderers)).toBe("v8 pool");
    expect(threadKind({ pid: 200, tid: 213, comm: "ThreadPoolBackg" }, renderers)).toBe("v8 pool");
    expect(threadKind({ pid: 200, tid: 200, comm: "chromium" }, renderers)).toBe("page");
    expect(threadKind({ pid: 200, tid: 215, comm: "Compositor" }, renderers)).toBe("other");
    // The browser's own process has pool threads and a main thread too: neither is the page's.
    expect(threadKind({ pid: 100, tid: 112, comm: "ThreadPoolForeg" }, renderers)).toBe("other");
    expect(threadKind({ pid: 100, tid: 100, comm: "chromium" }, renderers)).toBe("other");
  });
});
