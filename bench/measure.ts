/**
 * Runs a command as a child process and measures its wall time and peak resident memory: through
 * `/usr/bin/time -v` where present, else by polling /proc/<pid>/status for VmHWM (the kernel's own peak).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";

export interface Measured {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly seconds: number;
  /** Peak resident set size in kB; null where it could not be read. */
  readonly peakKb: number | null;
  readonly stderr: string;
  readonly how: "time -v" | "/proc VmHWM" | "none";
}

const GNU_TIME = "/usr/bin/time";

export function hasGnuTime(): boolean {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Parses "Maximum resident set size (kbytes): 123456" from GNU time's verbose report. */
export function parseGnuTimePeak(stderr: string): number | null {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
  return m ? Number(m[1]) : null;
}

/** Parses "VmHWM:   123456 kB" from /proc/<pid>/status. */
export function parseVmHwm(status: string): number | null {
  const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(status);
  return m ? Number(m[1]) : null;
}

export interface RunOptions {
  /** stdout goes to this file (the report can be large). */
  readonly stdoutFile: string;
  readonly cwd?: string;
  readonly useGnuTime?: boolean;
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const viaTime = options.useGnuTime ?? hasGnuTime();
  const out = fs.openSync(options.stdoutFile, "w");
  const t0 = process.hrtime.bigint();
  const child = viaTime
    ? spawn(GNU_TIME, ["-v", command, ...args], { cwd: options.cwd, stdio: ["ignore", out, "pipe"] })
    : spawn(command, [...args], { cwd: options.cwd, stdio: ["ignore", out, "pipe"] });
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    // Keep the tail: the time report comes last.
    stderr = (stderr + chunk).slice(-20000);
  });
  let polled: number | null = null;
  const poll = viaTime ? null : setInterval(() => {
    try {
      const kb = parseVmHwm(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (kb !== null) polled = Math.max(polled ?? 0, kb);
    } catch {
      // The process has gone, or there is no /proc: keep what was read.
    }
  }, 20);
  return new Promise((resolve) => {
    let finished = false;
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      // A spawn failure reports both "error" and "close".
      if (finished) return;
      finished = true;
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (poll) clearInterval(poll);
      fs.closeSync(out);
      const peakKb = viaTime ? parseGnuTimePeak(stderr) : polled;
      resolve({ code, signal, seconds, peakKb, stderr, how: peakKb === null ? "none" : viaTime ? "time -v" : "/proc VmHWM" });
    };
    child.on("error", (err) => {
      stderr += String(err);
      done(null, null);
    });
    child.on("close", done);
  });
}

/** User + system CPU seconds of this process so far: comparable on a busy machine, where wall time is not. */
export function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
