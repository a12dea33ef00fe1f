/**
 * `npm run bench`: how fast the check is, printed as one table (Chinese and English labels).
 *   - engine: generated ClaimRows through checkBatch, rows per second (generation not counted);
 *   - end to end: `lygip check FILE --json` on a generated workbook, wall time and peak memory, against
 *     the floor (inflating the sheet part and scanning its XML once);
 *   - against the spreadsheet way: the same rows as a plain-formula workbook recalculated by LibreOffice;
 *   - start-up of `lygip --version` beside node's own;
 *   - memory against rows (three end-to-end runs on a line) and the 1,000,000-row file checked or refused;
 *   - the browser page checking 10,000 rows in chromium (bench/page.ts, see pageHook.ts).
 * The table opens with this round's targets (issue 22), each with its target and moonshot, measured side by
 * side in one run with the floor measured in the same run; the figures behind them follow.
 * A figure that cannot be measured (the command line not built, no soffice) is printed as n/a with why.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { checkBatch, type ClaimRow } from "../src/engine";
import { claimRows } from "./claims";
import { measureFloor } from "./floor";
import { LINEAR_TOLERANCE, fitGrowth, largeOutcome, type LargeOutcome, type PeakAt } from "./scale";
import { measureStartup } from "./startup";
import { runHostile, slowest } from "./hostile";
import { benchPage } from "./pageHook";
import { generateRows } from "./generate";
import { runMeasured, type Measured } from "./measure";
import { writeApplicationWorkbook, writeFormulaWorkbook } from "./workbooks";
import { repoRoot } from "../scripts/repoRoot";

export type Figure = { readonly ok: true; readonly value: number; readonly note?: string } | { readonly ok: false; readonly reason: string };

const na = (reason: string): Figure => ({ ok: false, reason });
const fig = (value: number, note?: string): Figure => ({ ok: true, value, note });

/** A target of this round and its moonshot (issue 22). */
export interface Goal {
  readonly target: number;
  readonly moonshot: number;
}

/** The targets the benchmark is judged by: issue 22's table, and what stays from earlier rounds. */
export const TARGETS = {
  /** 100,000 rows with the copy written, as a multiple of the read floor: at most. */
  endToEndOverFloor: { target: 6, moonshot: 3 },
  /** 100,000 rows with the copy written, peak resident memory in MB: under. */
  peakMb: { target: 400, moonshot: 250 },
  /** 10,000 rows against the plain-formula workbook recalculated by LibreOffice: at least this many times faster. */
  speedUp: { target: 10, moonshot: 20 },
  /** The engine over 1,000,000 rows, rows per second: at least. */
  engineRowsPerSecond: { target: 300_000, moonshot: 1_000_000 },
  /** The browser page checking 10,000 rows in chromium, seconds: under. */
  pageSeconds: { target: 3, moonshot: 1 },
  /** `lygip --version`, seconds: at most (it stays; no moonshot). */
  startupSeconds: 0.15,
  /** Issue 19: every hostile file ends within a second and 300 MB, the whole command. */
  hostileSeconds: 1,
  hostilePeakMb: 300,
  /** The 1,000,000-row file is checked within this much memory, or refused by a stated limit. */
  largePeakMb: 5 * 1024,
} as const;

/**
 * LibreOffice recalculating the plain-formula workbook (IF/MIN per row, SUMIFS running caps), measured
 * earlier on this kind of machine; used where soffice is not installed.
 */
export const SPREADSHEET_ANCHOR = { rows: 10_000, seconds: 9.8, rowsLarge: 100_000, secondsLarge: 931 } as const;

export interface BenchOptions {
  readonly engineRows: number;
  readonly endToEndRows: number;
  readonly anchorRows: number;
  /** The repository root: where bin/lygip.js and lib/ are. */
  readonly root: string;
  readonly keep?: boolean;
  readonly log?: (line: string) => void;
  /** Where to look for soffice; default PATH. Tests pass "" to force the anchor. */
  readonly soffice?: string | null;
  /** A third end-to-end size between the anchor's and the end-to-end one, for memory growth; 0 or absent skips. */
  readonly midRows?: number;
  /** The large file (1,000,000 rows); 0 or absent skips. */
  readonly largeRows?: number;
  /** Measure `lygip --version` start-up. */
  readonly startup?: boolean;
  /** Rows the browser page checks (bench/page.ts); 0 or absent skips. */
  readonly pageRows?: number;
  /** Run the command line on each hostile file it refuses (bench/hostile.ts). */
  readonly hostile?: boolean;
}

export interface BenchReport {
  readonly engine: { readonly rows: number; readonly seconds: Figure; readonly rowsPerSecond: Figure };
  readonly endToEnd: {
    readonly rows: number; readonly seconds: Figure; readonly peakMb: Figure; readonly floorSeconds: Figure;
    readonly overFloor: Figure;
  };
  readonly anchor: {
    readonly rows: number; readonly ours: Figure; readonly spreadsheet: Figure; readonly spreadsheetMeasured: boolean;
    readonly speedUp: Figure;
  };
  readonly startup: { readonly seconds: Figure; readonly nodeSeconds: Figure };
  readonly growth: {
    readonly points: readonly PeakAt[]; readonly mbPer10k: Figure; readonly worstOffLine: Figure; readonly projectedLargeMb: Figure;
  };
  readonly large: { readonly rows: number; readonly outcome: LargeOutcome | null };
  /** Seconds to the results shown; to the downloads made (written after the results are shown). */
  readonly page: { readonly rows: number; readonly seconds: Figure; readonly outputs?: Figure };
  /** The slowest refusal of a hostile file (whole command) and the largest peak among them. */
  readonly hostile: { readonly files: number; readonly seconds: Figure; readonly peakMb: Figure };
  readonly workDir: string;
}

export function benchEngine(rows: number, log: (s: string) => void): BenchReport["engine"] {
  log(`生成 ${rows} 行 / generating ${rows} rows …`);
  const batch: ClaimRow[] = claimRows(generateRows({ rows }));
  try {
    // Warm up the JIT on a slice, as a long batch would have done by its second second.
    checkBatch([batch.slice(0, Math.min(batch.length, 20_000))]);
    log("引擎计算中 / checking …");
    const t0 = process.hrtime.bigint();
    const results = checkBatch([batch]);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (results.length !== 1 || results[0].length !== rows) {
      return { rows, seconds: na(`checkBatch returned ${results[0]?.length ?? 0} results for ${rows} rows`), rowsPerSecond: na("incomplete") };
    }
    return { rows, seconds: fig(seconds), rowsPerSecond: fig(rows / seconds) };
  } catch (err) {
    const reason = `checkBatch failed: ${(err as Error).message}`;
    return { rows, seconds: na(reason), rowsPerSecond: na(reason) };
  }
}

/** Why the command line cannot run, or null when it can. */
export function cliMissing(root: string): string | null {
  if (!fs.existsSync(path.join(root, "bin", "lygip.js"))) return "bin/lygip.js missing";
  if (!fs.existsSync(path.join(root, "lib", "cli", "bundle.js"))) return "lib/cli/bundle.js missing (command line not built: npm ci or npm run prepare)";
  return null;
}

interface CliRun {
  readonly seconds: Figure;
  readonly peakMb: Figure;
}

/** `node bin/lygip.js check FILE --json --out DIR`, measured; checks the report holds every row. */
export async function runCheck(root: string, file: string, rows: number, workDir: string): Promise<CliRun> {
  const missing = cliMissing(root);
  if (missing) return { seconds: na(missing), peakMb: na(missing) };
  const outDir = fs.mkdtempSync(path.join(workDir, "out-"));
  const stdoutFile = path.join(workDir, `${path.basename(file)}.json`);
  const m: Measured = await runMeasured(process.execPath, [path.join(root, "bin", "lygip.js"), "check", file, "--json", "--out", outDir], {
    stdoutFile, cwd: root,
  });
  // 0: no row has an error, 1: some rows have errors (generated batches have a few). Anything else failed.
  if (m.code !== 0 && m.code !== 1) {
    const why = `exit ${m.code ?? m.signal}: ${lastLines(m.stderr)}`;
    return { seconds: na(why), peakMb: na(why) };
  }
  const reported = countReportedRows(stdoutFile);
  if (reported !== rows) {
    const why = reported === null
      ? `no JSON report (exit ${m.code}): ${firstError(m.stderr) ?? lastLines(m.stderr)}`
      : `the report holds ${reported} rows of ${rows}`;
    return { seconds: na(why), peakMb: na(why) };
  }
  const peakMb = m.peakKb === null ? na("peak memory not readable") : fig(m.peakKb / 1024, m.how);
  return { seconds: fig(m.seconds), peakMb };
}

/** The large file: checked (every row reported) or refused with the file's message; measured either way. */
export async function runLarge(root: string, file: string, rows: number, workDir: string): Promise<LargeOutcome> {
  const missing = cliMissing(root);
  if (missing) return { kind: "failed", reason: missing };
  const outDir = fs.mkdtempSync(path.join(workDir, "out-"));
  const stdoutFile = path.join(workDir, `${path.basename(file)}.json`);
  const m = await runMeasured(process.execPath, [path.join(root, "bin", "lygip.js"), "check", file, "--json", "--out", outDir], {
    stdoutFile, cwd: root,
  });
  let text = "";
  try {
    text = fs.readFileSync(stdoutFile, "utf8");
  } catch {
    // no report: largeOutcome says the run failed
  }
  return largeOutcome(m.code, text, m.seconds, m.peakKb === null ? null : m.peakKb / 1024, rows, m.stderr);
}

function lastLines(text: string): string {
  const lines = text.trim().split("\n").filter((l) => !/^\s+(Command being timed|User time|System time|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(l));
  return lines.slice(-3).join(" | ").slice(0, 300) || "no message";
}

/** The first "Error: …" line of a stack trace, the part that says what went wrong. */
function firstError(text: string): string | null {
  const line = text.split("\n").find((l) => /^\w*Error\b/.test(l.trim()));
  return line ? line.trim().slice(0, 300) : null;
}

function countReportedRows(file: string): number | null {
  try {
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as { files?: { rows?: unknown[] }[] };
    return (report.files ?? []).reduce((n, f) => n + (f.rows?.length ?? 0), 0);
  } catch {
    return null;
  }
}

/** The soffice executable on PATH, or null. */
export function findSoffice(): string | null {
  const r = spawnSync(process.platform === "win32" ? "where" : "which", ["soffice"], { encoding: "utf8" });
  const found = r.status === 0 ? r.stdout.split("\n")[0].trim() : "";
  return found || null;
}

async function measureSpreadsheet(soffice: string, rows: number, workDir: string, log: (s: string) => void): Promise<Figure> {
  const file = path.join(workDir, `公式表-${rows}.xlsx`);
  log(`写公式表 / writing the formula workbook (${rows} rows) …`);
  await writeFormulaWorkbook(file, generateRows({ rows, seed: 7 }));
  log("LibreOffice 重算中 / LibreOffice recalculating …");
  const m = await runMeasured(soffice, ["--headless", "--convert-to", "csv", "--outdir", workDir, file], {
    stdoutFile: path.join(workDir, "soffice.out"), useGnuTime: false,
  });
  if (m.code !== 0) return na(`soffice exit ${m.code ?? m.signal}: ${lastLines(m.stderr)}`);
  return fig(m.seconds, "measured");
}

export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => undefined);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-bench-"));
  try {
    const engine = options.engineRows > 0 ? benchEngine(options.engineRows, log) : { rows: 0, seconds: na("skipped"), rowsPerSecond: na("skipped") };

    const e2eFile = path.join(workDir, `申报表-${options.endToEndRows}.xlsx`);
    log(`写申报表 / writing the application workbook (${options.endToEndRows} rows) …`);
    await writeApplicationWorkbook(e2eFile, generateRows({ rows: options.endToEndRows, seed: 11 }));
    const floor = measureFloor(e2eFile);
    log("端到端 / end to end …");
    const e2e = await runCheck(options.root, e2eFile, options.endToEndRows, workDir);
    const overFloor = e2e.seconds.ok ? fig(e2e.seconds.value / floor.seconds) : na(e2e.seconds.reason);

    const anchorFile = path.join(workDir, `申报表-${options.anchorRows}.xlsx`);
    await writeApplicationWorkbook(anchorFile, generateRows({ rows: options.anchorRows, seed: 7 }));
    const anchorRun = await runCheck(options.root, anchorFile, options.anchorRows, workDir);
    const ours = anchorRun.seconds;
    const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
    let spreadsheet: Figure;
    let spreadsheetMeasured = false;
    if (soffice) {
      spreadsheet = await measureSpreadsheet(soffice, options.anchorRows, workDir, log);
      spreadsheetMeasured = spreadsheet.ok;
    } else if (options.anchorRows === SPREADSHEET_ANCHOR.rows) {
      spreadsheet = fig(SPREADSHEET_ANCHOR.seconds, "anchor");
    } else {
      spreadsheet = na(`no soffice on PATH, and the anchor is for ${SPREADSHEET_ANCHOR.rows} rows`);
    }
    const speedUp = ours.ok && spreadsheet.ok ? fig(spreadsheet.value / ours.value) : na(!ours.ok ? ours.reason : (spreadsheet as { reason: string }).reason);

    let startup: BenchReport["startup"] = { seconds: na("skipped"), nodeSeconds: na("skipped") };
    if (options.startup) {
      const missing = cliMissing(options.root);
      if (missing) startup = { seconds: na(missing), nodeSeconds: na(missing) };
      else {
        log("启动 / start-up …");
        try {
          const st = measureStartup(options.root);
          startup = { seconds: fig(st.seconds), nodeSeconds: fig(st.nodeSeconds) };
        } catch (err) {
          startup = { seconds: na((err as Error).message), nodeSeconds: na("not measured") };
        }
      }
    }

    const points: PeakAt[] = [];
    if (anchorRun.peakMb.ok) points.push({ rows: options.anchorRows, peakMb: anchorRun.peakMb.value });
    if (e2e.peakMb.ok) points.push({ rows: options.endToEndRows, peakMb: e2e.peakMb.value });
    if (options.midRows) {
      const midFile = path.join(workDir, `申报表-${options.midRows}.xlsx`);
      log(`写申报表 / writing the application workbook (${options.midRows} rows) …`);
      await writeApplicationWorkbook(midFile, generateRows({ rows: options.midRows, seed: 5 }));
      log("端到端 / end to end …");
      const mid = await runCheck(options.root, midFile, options.midRows, workDir);
      if (mid.peakMb.ok) points.push({ rows: options.midRows, peakMb: mid.peakMb.value });
      fs.rmSync(midFile, { force: true });
    }
    const sizes = new Set(points.map((p) => p.rows));
    const fit = sizes.size >= 2 ? fitGrowth(points) : null;
    const largeRows = options.largeRows ?? 0;
    const growth: BenchReport["growth"] = fit
      ? {
        points, mbPer10k: fig(fit.mbPer10k), worstOffLine: sizes.size >= 3 ? fig(fit.worstOffLine) : na("two sizes only"),
        projectedLargeMb: largeRows ? fig(fit.projectedMb(largeRows)) : na("skipped"),
      }
      : { points, mbPer10k: na("fewer than two runs measured"), worstOffLine: na("not fitted"), projectedLargeMb: na("not fitted") };

    let large: LargeOutcome | null = null;
    if (largeRows > 0) {
      const largeFile = path.join(workDir, `申报表-${largeRows}.xlsx`);
      log(`写申报表 / writing the application workbook (${largeRows} rows, a few minutes per million on a busy machine) …`);
      await writeApplicationWorkbook(largeFile, generateRows({ rows: largeRows, seed: 13 }));
      log(`${grouped(largeRows)} 行 / rows …`);
      large = await runLarge(options.root, largeFile, largeRows, workDir);
      fs.rmSync(largeFile, { force: true });
    }

    const pageRows = options.pageRows ?? 0;
    let page: BenchReport["page"] = { rows: pageRows, seconds: na("skipped"), outputs: na("skipped") };
    if (pageRows > 0) {
      log(`网页 / the browser page (${pageRows} rows) …`);
      const measured = await benchPage({ root: options.root, rows: pageRows, workDir, log });
      page = "seconds" in measured
        ? { rows: pageRows, seconds: fig(measured.seconds), outputs: measured.outputs !== undefined ? fig(measured.outputs) : na("not measured") }
        : { rows: pageRows, seconds: na(measured.reason), outputs: na(measured.reason) };
    }

    let hostile: BenchReport["hostile"] = { files: 0, seconds: na("skipped"), peakMb: na("skipped") };
    const cliAbsent = cliMissing(options.root);
    if (options.hostile && cliAbsent) hostile = { files: 0, seconds: na(cliAbsent), peakMb: na(cliAbsent) };
    else if (options.hostile) {
      log("恶意文件 / hostile files …");
      const runs = await runHostile(options.root, workDir);
      const worst = slowest(runs);
      hostile = worst
        ? {
          files: runs.length, seconds: fig(worst.run.seconds, worst.run.name),
          peakMb: worst.peakMb === null ? na("peak memory not readable") : fig(worst.peakMb),
        }
        : { files: 0, seconds: na("no hostile file"), peakMb: na("no hostile file") };
    }

    return {
      engine, page, hostile,
      endToEnd: { rows: options.endToEndRows, seconds: e2e.seconds, peakMb: e2e.peakMb, floorSeconds: fig(floor.seconds), overFloor },
      anchor: { rows: options.anchorRows, ours, spreadsheet, spreadsheetMeasured, speedUp },
      startup, growth, large: { rows: largeRows, outcome: large },
      workDir,
    };
  } finally {
    if (!options.keep) fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** Columns a terminal gives a character: two for CJK and full-width forms. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

const grouped = (n: number) => Math.round(n).toLocaleString("en-US");

function show(f: Figure, format: (v: number) => string): string {
  return f.ok ? format(f.value) : `n/a（${f.reason}）`;
}

type Line = [string, string, string, string, string];

/** "是 / yes", "否 / no", or "—" for a figure not measured. */
function met(f: Figure, pass: (v: number) => boolean): string {
  return f.ok ? (pass(f.value) ? "是 / yes" : "否 / no") : "—";
}

/** One line of issue 22's table: the figure, its target and moonshot, and whether each is met. */
function goalLine(label: string, f: Figure, format: (v: number) => string, goal: Goal, kind: "at-most" | "under" | "at-least", unit: (v: number) => string): Line {
  const pass = (limit: number) => (v: number) => (kind === "at-most" ? v <= limit : kind === "under" ? v < limit : v >= limit);
  const sign = kind === "at-most" ? "≤" : kind === "under" ? "<" : "≥";
  return [label, show(f, format), `${sign} ${unit(goal.target)}`, `${sign} ${unit(goal.moonshot)}`, `${met(f, pass(goal.target))}｜${met(f, pass(goal.moonshot))}`];
}

export function formatReport(r: BenchReport): string {
  // Small files inflate in milliseconds: show those rather than "0.00 s".
  const secs = (v: number) => (v < 0.1 ? `${(v * 1000).toFixed(1)} ms` : `${v.toFixed(2)} s`);
  const times = (v: number) => `${v.toFixed(1)}×`;
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  const spreadsheetLabel = r.anchor.spreadsheetMeasured
    ? `LibreOffice 公式表 ${grouped(r.anchor.rows)} 行（本机实测）/ formula workbook, measured`
    : `LibreOffice 公式表 ${grouped(r.anchor.rows)} 行（参照值，非本机实测）/ formula workbook, anchor`;
  const floor = r.endToEnd.floorSeconds.ok ? `（下限 / floor ${secs(r.endToEnd.floorSeconds.value)}）` : "";
  const goals: Line[] = [
    goalLine(
      `${grouped(r.endToEnd.rows)} 行，写出副本 ÷ 读取下限 / rows, copy written ÷ read floor`,
      r.endToEnd.overFloor, (v) => `${times(v)}${floor}`, TARGETS.endToEndOverFloor, "at-most", (v) => `${v}×`,
    ),
    goalLine(`${grouped(r.endToEnd.rows)} 行，峰值内存 / rows, peak memory`, r.endToEnd.peakMb, mb, TARGETS.peakMb, "under", (v) => `${v} MB`),
    goalLine(
      `${grouped(r.anchor.rows)} 行对 LibreOffice 公式表 / rows vs LibreOffice formula workbook`,
      r.anchor.speedUp, times, TARGETS.speedUp, "at-least", (v) => `${v}×`,
    ),
    goalLine(
      `引擎 ${grouped(r.engine.rows)} 行 / engine rows`,
      r.engine.rowsPerSecond, (v) => `${grouped(v)} 行/秒 rows/s`, TARGETS.engineRowsPerSecond, "at-least", (v) => `${grouped(v)} 行/秒`,
    ),
    // The page's own benchmark (bench/page.ts) fills this line; until the page is built it says so.
    goalLine(`网页 ${grouped(r.page.rows)} 行，显示结果（chromium）/ the browser page, results shown`, r.page.seconds, secs, TARGETS.pageSeconds, "under", (v) => `${v} s`),
    [
      "启动 lygip --version / start-up",
      show(r.startup.seconds, secs) + (r.startup.nodeSeconds.ok ? `（node -e 0：${secs(r.startup.nodeSeconds.value)}）` : ""),
      `≤ ${TARGETS.startupSeconds} s`,
      "",
      met(r.startup.seconds, (v) => v <= TARGETS.startupSeconds),
    ],
    [
      `恶意文件 ${r.hostile.files} 个，最慢的拒绝 / hostile files, slowest refusal`,
      show(r.hostile.seconds, secs) + (r.hostile.seconds.ok && r.hostile.seconds.note ? `（${r.hostile.seconds.note}）` : ""),
      `< ${TARGETS.hostileSeconds} s`,
      "",
      met(r.hostile.seconds, (v) => v < TARGETS.hostileSeconds),
    ],
    [
      "恶意文件，最大峰值内存 / hostile files, largest peak",
      show(r.hostile.peakMb, mb),
      `< ${TARGETS.hostilePeakMb} MB`,
      "",
      met(r.hostile.peakMb, (v) => v < TARGETS.hostilePeakMb),
    ],
  ];
  const details: Line[] = [
    [`引擎用时 / engine time`, show(r.engine.seconds, secs), "", "", ""],
    [`网页 ${grouped(r.page.rows)} 行，副本与汇总工作簿生成 / the page, copy and batch workbook made`, show(r.page.outputs ?? na("not measured"), secs), "", "", ""],
    [`端到端 ${grouped(r.endToEnd.rows)} 行 / end to end, wall`, show(r.endToEnd.seconds, secs), "", "", ""],
    ["下限：解压并扫描表格 XML / floor: inflate + scan sheet XML", show(r.endToEnd.floorSeconds, secs), "", "", ""],
    [`端到端 ${grouped(r.anchor.rows)} 行 / end to end, wall`, show(r.anchor.ours, secs), "", "", ""],
    [spreadsheetLabel, show(r.anchor.spreadsheet, secs), "", "", ""],
    [
      "内存随行数 / memory per 10,000 rows",
      show(r.growth.mbPer10k, (v) => `${v.toFixed(1)} MB`) + (r.growth.points.length
        ? `（${[...r.growth.points].sort((a, b) => a.rows - b.rows).map((p) => `${grouped(p.rows)}：${p.peakMb.toFixed(0)} MB`).join("，")}）`
        : ""),
      `线性 / linear（±${LINEAR_TOLERANCE * 100}%）`,
      "",
      met(r.growth.worstOffLine, (v) => v <= LINEAR_TOLERANCE),
    ],
    ...largeRows(r, secs),
  ];
  const header: Line = ["项目 / Measure", "结果 / Result", "目标 / Target", "远期 / Moonshot", "达标｜远期 / Met｜moonshot"];
  const all = [header, ...goals, ...details];
  const widths = [0, 1, 2, 3, 4].map((i) => all.reduce((w, row) => Math.max(w, displayWidth(row[i])), 0));
  const line = (row: readonly string[]) => row.map((c, i) => pad(c, widths[i])).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const notes = [
    `参照值：LibreOffice 重算公式表 ${grouped(SPREADSHEET_ANCHOR.rows)} 行 ${SPREADSHEET_ANCHOR.seconds} s，${grouped(SPREADSHEET_ANCHOR.rowsLarge)} 行 ${SPREADSHEET_ANCHOR.secondsLarge} s（同类机器）。`,
    `Anchor: LibreOffice recalculating the formula workbook, ${grouped(SPREADSHEET_ANCHOR.rows)} rows ${SPREADSHEET_ANCHOR.seconds} s, ${grouped(SPREADSHEET_ANCHOR.rowsLarge)} rows ${SPREADSHEET_ANCHOR.secondsLarge} s (same kind of machine).`,
    "生成数据的时间不计入 / Time to generate the data is not counted.",
  ];
  return [line(header), rule, ...goals.map(line), rule, ...details.map(line), "", ...notes].join("\n") + "\n";
}

/** The large file's line, and the line the growth projects for it. */
function largeRows(r: BenchReport, secs: (v: number) => string): Line[] {
  if (r.large.rows === 0) return [];
  const label = `${grouped(r.large.rows)} 行 / rows`;
  const target = `≤ ${TARGETS.largePeakMb / 1024} GB 或明确拒绝 / or refused clearly`;
  const o = r.large.outcome;
  const line: Line = !o
    ? [label, "n/a", target, "", "—"]
    : o.kind === "checked"
      ? [label, `已审核 / checked：${secs(o.seconds)}，${o.peakMb.toFixed(0)} MB`, target, "", o.peakMb <= TARGETS.largePeakMb ? "是 / yes" : "否 / no"]
      : o.kind === "refused"
        ? [label, `已拒绝 / refused（${o.peakMb.toFixed(0)} MB，${secs(o.seconds)}）：${o.message}`, target, "", "是 / yes"]
        : [label, `n/a（${o.reason}）`, target, "", "否 / no"];
  return [
    line,
    [`按线性推算 ${grouped(r.large.rows)} 行 / projected peak`, show(r.growth.projectedLargeMb, (v) => `${v.toFixed(0)} MB`), "", "", ""],
  ];
}

export interface CliArgs {
  readonly engineRows: number;
  readonly endToEndRows: number;
  readonly anchorRows: number;
  readonly midRows: number;
  readonly largeRows: number;
  readonly pageRows: number;
  readonly keep: boolean;
}

/** `--engine-rows=N --e2e-rows=N --anchor-rows=N --mid-rows=N --large-rows=N --page-rows=N --keep`; defaults are the benchmark's sizes. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const value = (name: string, fallback: number) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    if (!hit) return fallback;
    const n = Number(hit.slice(name.length + 3).replace(/[_,]/g, ""));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} wants a whole number of rows, got "${hit}"`);
    return n;
  };
  return {
    engineRows: value("engine-rows", 1_000_000),
    endToEndRows: value("e2e-rows", 100_000),
    anchorRows: value("anchor-rows", SPREADSHEET_ANCHOR.rows),
    midRows: value("mid-rows", 50_000),
    largeRows: value("large-rows", 1_000_000),
    pageRows: value("page-rows", 10_000),
    keep: argv.includes("--keep"),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = repoRoot(__dirname);
  const report = await runBenchmark({ ...args, root, startup: true, hostile: true, log: (s) => process.stderr.write(`${s}\n`) });
  process.stdout.write(formatReport(report));
  if (args.keep) process.stderr.write(`${report.workDir}\n`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`基准测试失败 / benchmark failed: ${err.stack ?? err.message}\n`);
    process.exitCode = 2;
  });
}
