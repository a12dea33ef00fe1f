/**
 * The engine line of the benchmark on its own: `node build/bench/engineOnly.js ROWS [REPEATS]` generates ROWS
 * claim rows, warms up, then checks them REPEATS times and prints rows per second of CPU time (user + sys of
 * this process during the checks), so a busy machine does not skew it. Run under `--cpu-prof` to profile.
 */
import { PerformanceObserver, constants } from "node:perf_hooks";
import { checkBatch } from "../src/engine";
import { claimRows } from "./claims";
import { generateRows } from "./generate";
import { cpuSeconds } from "./measure";

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const repeats = Number(process.argv[3] ?? 1);
  const batch = claimRows(generateRows({ rows }));
  checkBatch([batch.slice(0, Math.min(batch.length, 20_000))]);
  // Collections during the checks: minor ones count what the check allocates, major ones what it keeps.
  const gcs = { minor: 0, major: 0, ms: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail
        ?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gcs.minor++;
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gcs.major++;
      gcs.ms += e.duration;
    }
  }).observe({ entryTypes: ["gc"] });
  for (let r = 0; r < repeats; r++) {
    await new Promise((resolve) => setImmediate(resolve));
    gcs.minor = gcs.major = gcs.ms = 0;
    const c0 = cpuSeconds();
    const t0 = process.hrtime.bigint();
    const results = checkBatch([batch]);
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = cpuSeconds() - c0;
    if (results[0].length !== rows) throw new Error("incomplete");
    const used = process.memoryUsage().heapUsed / 2 ** 20;
    await new Promise((resolve) => setTimeout(resolve, 50));
    console.log(
      `${rows} rows: cpu ${cpu.toFixed(3)} s → ${Math.round(rows / cpu)} rows/s (wall ${wall.toFixed(3)} s → ${Math.round(rows / wall)} rows/s);` +
        ` gc ${gcs.minor} minor, ${gcs.major} major, ${gcs.ms.toFixed(0)} ms; heap ${used.toFixed(0)} MB with the results`,
    );
  }
}
void main();
