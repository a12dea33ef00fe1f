/**
 * The page benchmark's CPU by thread (bench/threadCpu.ts), sampled: the CPU a child process spends while
 * it is sampled is counted once, under its kind.
 */
import { spawn } from "node:child_process";
import { sampleThreadCpu } from "../../bench/threadCpu";

test("a child that spends 0.3 s of CPU while sampled is counted, once, as other (it has no worker)", async () => {
  // The child spins until it has itself used 0.3 s of CPU, then waits to be ended.
  const child = spawn(process.execPath, ["-e", "const s = process.cpuUsage(); for (;;) { const u = process.cpuUsage(s); if (u.user + u.system >= 300000) break; } process.stdout.write('spent'); setInterval(() => {}, 1000);"]);
  try {
    await new Promise((resolve) => setImmediate(resolve));
    const sampled = sampleThreadCpu();
    await new Promise((resolve) => child.stdout.once("data", resolve));
    const cpu = sampled.stop()!;
    expect(cpu.worker).toBe(0);
    expect(cpu["v8 pool"]).toBe(0);
    expect(cpu.page).toBe(0);
    // What it spent before the first sample is not counted; it cannot have spent much more than it set out to.
    expect(cpu.other).toBeGreaterThan(0.15);
    expect(cpu.other).toBeLessThan(1);
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill();
    await exited;
  }
});
