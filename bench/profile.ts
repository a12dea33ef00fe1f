/**
 * `npm run bench:profile [-- --rows=N | FILE]`: where one check's time goes. Runs `lygip check FILE --json
 * --out DIR` under V8's sampling profiler (`--cpu-prof`) and prints the samples' self time by part of the
 * product — reading, the engine, the output plan, writing each part, zlib, garbage collection — and the files
 * that take most. Native frames (a builtin, a regular expression, zlib's binding) count for the nearest
 * caller of ours, so "reading" holds the scanning the reader asks for.
 * The profiler samples the main thread in wall time: on a busy machine every share is stretched by waiting,
 * and V8's background compiling and collecting are not in it (the process's CPU time is printed beside).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { generateRows } from "./generate";
import { writeApplicationWorkbook } from "./workbooks";
import { repoRoot } from "../scripts/repoRoot";

/** The parts of a `.cpuprofile` this reads (Chrome DevTools protocol, Profiler.Profile). */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface Share {
  readonly name: string;
  readonly micros: number;
}

export interface ProfileSummary {
  readonly totalMicros: number;
  /** Self time by part of the product, largest first. */
  readonly parts: readonly Share[];
  /** Self time by file of ours (lib/…), largest first. */
  readonly files: readonly Share[];
}

/** The product's folders under lib/, as a reader of this table calls them. */
const PARTS: readonly [RegExp, string][] = [
  [/\/lib\/workbook\//, "读取 / reading (lib/workbook)"],
  [/\/lib\/(engine|policy)\//, "核算 / engine (lib/engine, lib/policy)"],
  [/\/lib\/output\//, "输出计划 / output plan (lib/output)"],
  [/\/lib\/writer\//, "写出 / writing (lib/writer)"],
  [/\/lib\/check\//, "流程 / pipeline (lib/check)"],
  [/\/lib\/cli\//, "命令行 / command line (lib/cli)"],
  [/node_modules\/decimal\.js\//, "decimal.js"],
];

const GC = "垃圾回收 / garbage collection";
const ZLIB = "zlib";
const V8 = "V8 其他 / V8, other (program, compiling)";
const IDLE = "空闲 / idle";

/** The part a frame is ours to count in, or null for a native or Node frame that counts for its caller. */
function partOf(functionName: string, url: string): string | null {
  if (functionName === "(garbage collector)") return GC;
  if (functionName === "(program)" || functionName === "(root)") return V8;
  if (functionName === "(idle)") return IDLE;
  if (url.startsWith("node:zlib") || /zlib/i.test(functionName)) return ZLIB;
  for (const [pattern, name] of PARTS) if (pattern.test(url)) return name;
  return null;
}

/** The file of ours a frame is in (lib/…), or null. */
function fileOf(url: string): string | null {
  const at = url.lastIndexOf("/lib/");
  return at >= 0 ? url.slice(at + 1) : null;
}

/** Self time by part and by file; a native frame's time goes to its nearest caller that has one. */
export function summarise(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const parts = new Map<string, number>();
  const files = new Map<string, number>();
  let totalMicros = 0;
  for (const [id, micros] of selfTime) {
    totalMicros += micros;
    let part: string | null = null;
    let file: string | null = null;
    for (let at: number | undefined = id; at !== undefined && (part === null || file === null); at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      part ??= partOf(frame.functionName, frame.url);
      file ??= fileOf(frame.url);
      // GC, zlib and V8's own frames are counted as themselves, not in their caller's file.
      if (part === GC || part === ZLIB || part === V8 || part === IDLE) break;
    }
    const name = part ?? "Node 其他 / Node, other";
    parts.set(name, (parts.get(name) ?? 0) + micros);
    if (file && part !== GC && part !== ZLIB && part !== V8 && part !== IDLE) files.set(file, (files.get(file) ?? 0) + micros);
  }
  const sorted = (m: Map<string, number>): Share[] => [...m].map(([name, micros]) => ({ name, micros })).sort((a, b) => b.micros - a.micros);
  return { totalMicros, parts: sorted(parts), files: sorted(files) };
}

export function formatSummary(s: ProfileSummary, cpuSeconds: number | null, topFiles = 15): string {
  const pct = (m: number) => `${((100 * m) / Math.max(1, s.totalMicros)).toFixed(1).padStart(5)}%`;
  const secs = (m: number) => `${(m / 1e6).toFixed(2).padStart(6)} s`;
  const lines = [
    `采样 / sampled: ${(s.totalMicros / 1e6).toFixed(2)} s` + (cpuSeconds === null ? "" : `；进程 CPU / process CPU (user + sys): ${cpuSeconds.toFixed(2)} s`),
    "",
    "按部分 / by part:",
    ...s.parts.map((p) => `  ${pct(p.micros)} ${secs(p.micros)}  ${p.name}`),
    "",
    `按文件，前 ${topFiles} 个 / by file, top ${topFiles}:`,
    ...s.files.slice(0, topFiles).map((f) => `  ${pct(f.micros)} ${secs(f.micros)}  ${f.name}`),
  ];
  return lines.join("\n") + "\n";
}

/**
 * Runs the check on `file` under the profiler; the profile and the process's CPU seconds. It runs the
 * compiled modules (lib/cli/main.js) rather than the one bundled file bin/lygip.js runs: the same code, each
 * sample then named by the file of ours it is in.
 */
export function profileCheck(root: string, file: string, workDir: string): { profile: CpuProfile; cpuSeconds: number | null } {
  const profDir = fs.mkdtempSync(path.join(workDir, "prof-"));
  const outDir = fs.mkdtempSync(path.join(workDir, "out-"));
  const entry = `require(${JSON.stringify(path.join(root, "lib", "cli", "main.js"))}).main(process.argv).then((code) => { process.exitCode = code; });`;
  const child = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profDir}`, "-e", entry, "--", "lygip", "check", file, "--json", "--out", outDir], {
    cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
  });
  // 0: no row has an error, 1: some rows have errors (generated batches have a few).
  if (child.status !== 0 && child.status !== 1) throw new Error(`lygip check exited ${child.status ?? child.signal}: ${child.stderr.slice(-500)}`);
  const found = fs.readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
  if (!found) throw new Error("no .cpuprofile written");
  const profile = JSON.parse(fs.readFileSync(path.join(profDir, found), "utf8")) as CpuProfile;
  return { profile, cpuSeconds: childCpuSeconds() };
}

/** User + system seconds of the children waited for so far (here: the one check); null off Linux. */
function childCpuSeconds(): number | null {
  try {
    const status = fs.readFileSync("/proc/self/stat", "utf8");
    // Fields 16 and 17 (cutime, cstime): the waited-for children's CPU, in clock ticks (100 a second on Linux).
    const fields = status.slice(status.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rowsArg = args.find((a) => a.startsWith("--rows="));
  const given = args.find((a) => !a.startsWith("--"));
  const root = repoRoot(__dirname);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-profile-"));
  try {
    // `npm run` starts scripts in the package's folder: a path is the user's, from where npm was called.
    let file = given ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given) : "";
    if (!file) {
      const rows = rowsArg ? Number(rowsArg.slice("--rows=".length).replace(/[_,]/g, "")) : 100_000;
      if (!Number.isInteger(rows) || rows <= 0) throw new Error(`--rows wants a whole number of rows, got "${rowsArg}"`);
      file = path.join(workDir, `申报表-${rows}.xlsx`);
      process.stderr.write(`写申报表 / writing the application workbook (${rows} rows) …\n`);
      await writeApplicationWorkbook(file, generateRows({ rows, seed: 11 }));
    }
    process.stderr.write(`剖析 / profiling lygip check ${path.basename(file)} …\n`);
    const { profile, cpuSeconds } = profileCheck(root, file, workDir);
    process.stdout.write(formatSummary(summarise(profile), cpuSeconds));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`剖析失败 / profiling failed: ${err.stack ?? err.message}\n`);
    process.exitCode = 2;
  });
}
