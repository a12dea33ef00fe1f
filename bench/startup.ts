/**
 * Start-up: `node bin/lygip.js --version`, wall time, median of several runs, beside `node -e 0` (what any
 * command costs before it loads a line of ours) so the part that is ours shows.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export interface Startup {
  /** Median seconds of `lygip --version`. */
  readonly seconds: number;
  /** Median seconds of `node -e 0`. */
  readonly nodeSeconds: number;
  readonly version: string;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timed(args: readonly string[], cwd: string): { seconds: number; stdout: string; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...args], { cwd, encoding: "utf8" });
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, stdout: r.stdout ?? "", status: r.status };
}

/** Throws when `--version` does not answer with a version. */
export function measureStartup(root: string, runs = 7): Startup {
  const ours: number[] = [];
  const bare: number[] = [];
  let version = "";
  for (let i = 0; i < runs; i++) {
    bare.push(timed(["-e", "0"], root).seconds);
    const r = timed([path.join(root, "bin", "lygip.js"), "--version"], root);
    if (r.status !== 0 || !/^\d+\.\d+\.\d+/.test(r.stdout.trim())) {
      throw new Error(`lygip --version exit ${r.status}: ${r.stdout.trim().slice(0, 100)}`);
    }
    version = r.stdout.trim();
    ours.push(r.seconds);
  }
  return { seconds: median(ours), nodeSeconds: median(bare), version };
}
