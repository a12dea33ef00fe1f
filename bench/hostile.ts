/**
 * How fast the command line refuses the hostile files (test/hostile/generate.ts), each run as a reviewer
 * would: `lygip check FILE --no-write --json`, wall time and peak memory of the whole process. Issue 19
 * asks every such file to end within a second and 300 MB; the tests pin what each file comes to, this
 * measures how fast, on the machine the benchmark runs on.
 */
import fs from "node:fs";
import path from "node:path";
import { HOSTILE_CASES } from "../test/hostile/generate";
import { runMeasured } from "./measure";

export interface HostileRun {
  readonly name: string;
  readonly seconds: number;
  readonly peakMb: number | null;
  readonly code: number | null;
}

/** Every hostile file the reader refuses (not those read in full or with a bad cell), each checked once. */
export async function runHostile(root: string, workDir: string): Promise<HostileRun[]> {
  const runs: HostileRun[] = [];
  const refused = HOSTILE_CASES.filter((c) => c.expect !== "ok" && c.expect !== "bad-cell");
  for (const [i, c] of refused.entries()) {
    const file = path.join(workDir, `hostile-${i}.xlsx`);
    fs.writeFileSync(file, c.make());
    const m = await runMeasured(process.execPath, [path.join(root, "bin", "lygip.js"), "check", file, "--no-write", "--json"], {
      stdoutFile: path.join(workDir, `hostile-${i}.json`), cwd: root,
    });
    runs.push({ name: c.name, seconds: m.seconds, peakMb: m.peakKb === null ? null : m.peakKb / 1024, code: m.code });
    fs.rmSync(file, { force: true });
  }
  return runs;
}

/** The slowest of the runs, and the largest peak. */
export function slowest(runs: readonly HostileRun[]): { readonly run: HostileRun; readonly peakMb: number | null } | null {
  if (runs.length === 0) return null;
  const run = runs.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  const peaks = runs.map((r) => r.peakMb).filter((p): p is number => p !== null);
  return { run, peakMb: peaks.length ? Math.max(...peaks) : null };
}
