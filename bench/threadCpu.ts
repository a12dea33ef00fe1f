/**
 * CPU seconds the browser's threads spend while the page checks, by kind of thread, for the page's
 * benchmark line (bench/page.ts): the check's worker, V8's threads beside it (its optimising compiler and
 * its garbage collector run on the renderer's thread pool), the page's own thread (the deflate done ahead,
 * the results shown) and the rest of the browser. On two cores the worker does not run alone: what the
 * others take is what a second worker would have to share. Linux only (/proc); elsewhere nothing is told.
 *
 * A thread's time is read every SAMPLE_MS: the worker ends with its batch, so its last tenth of a second
 * or so may be missed; the line says "about".
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const SAMPLE_MS = 100;

/** Chromium's names for its threads, as /proc gives them (15 characters at most). */
const WORKER_THREAD = "DedicatedWorker";
const POOL_THREAD = /^ThreadPool(Foreg|Backg)/;

export type ThreadKind = "worker" | "v8 pool" | "page" | "other";

interface Seen {
  readonly pid: number;
  readonly tid: number;
  readonly comm: string;
  readonly first: number;
  last: number;
}

/** A thread's kind, by its name and its process; `renderers` are the processes that hold a worker thread. */
export function threadKind(thread: { readonly pid: number; readonly tid: number; readonly comm: string }, renderers: ReadonlySet<number>): ThreadKind {
  if (thread.comm === WORKER_THREAD) return "worker";
  if (!renderers.has(thread.pid)) return "other";
  if (POOL_THREAD.test(thread.comm)) return "v8 pool";
  // A process's main thread has the process's id.
  return thread.tid === thread.pid ? "page" : "other";
}

/** Starts sampling the threads of the processes below this one; `stop` gives the CPU seconds by kind since the start. */
export function sampleThreadCpu(): { stop(): Record<ThreadKind, number> | null } {
  if (!fs.existsSync("/proc/self/task")) return { stop: () => null };
  const seen = new Map<string, Seen>();
  // The browser's processes are all started by now (a worker is a thread); listed once, read cheaply after.
  const pids = descendants(process.pid);
  const sample = (initial: boolean) => {
    for (const [key, t] of threadTimes(pids)) {
      const s = seen.get(key);
      if (s) s.last = t.seconds;
      // A thread started after the first sample counts from nothing.
      else seen.set(key, { pid: t.pid, tid: t.tid, comm: t.comm, first: initial ? t.seconds : 0, last: t.seconds });
    }
  };
  sample(true);
  const timer = setInterval(() => sample(false), SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      sample(false);
      // The renderer: the process whose threads include the page's worker.
      const renderers = new Set([...seen.values()].filter((s) => s.comm === WORKER_THREAD).map((s) => s.pid));
      const out: Record<ThreadKind, number> = { worker: 0, "v8 pool": 0, page: 0, other: 0 };
      for (const s of seen.values()) out[threadKind(s, renderers)] += s.last - s.first;
      return out;
    },
  };
}

/** Clock ticks a second in /proc's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** Every thread of these processes: its CPU seconds (user and system) so far. */
function threadTimes(pids: readonly number[]): Map<string, { pid: number; tid: number; comm: string; seconds: number }> {
  const out = new Map<string, { pid: number; tid: number; comm: string; seconds: number }>();
  for (const pid of pids) {
    let tasks: string[];
    try {
      tasks = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
        const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        // After the name: state, then fields 4 on; utime and stime are fields 14 and 15.
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        out.set(`${pid}/${tid}`, { pid, tid: Number(tid), comm, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS });
      } catch {
        // The thread ended between the listing and the reading.
      }
    }
  }
  return out;
}

function descendants(root: number): number[] {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" }).trim().split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const out: number[] = [];
  for (let queue = [root]; queue.length > 0;) {
    const parent = queue.shift()!;
    for (const [pid, ppid] of rows) {
      if (ppid === parent) {
        out.push(pid);
        queue.push(pid);
      }
    }
  }
  return out;
}
