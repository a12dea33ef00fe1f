/**
 * One batch in the browser, as `lygip check FILE... --out DIR --summary F --json` runs it: the files read
 * and checked as one batch through src/check (the command line's pipeline), each one's annotated copy, the
 * batch workbook and the JSON report as bytes — the same bytes the command line writes for the same inputs,
 * settings and time stamp. Runs in the page's worker; plain TypeScript, so a unit test runs it in Node.
 */
import { reportJson, render, summarise, VERDICTS, formatMoney, type CheckSettings, type FileJson, type HistoryEntry, type Lang, type RowResult, type Verdict } from "../../engine";
import {
  batchSummaryXlsx, cachedSource, checkedFileJson, checkInfoOf, checkTables, historyGridOf, planTable, readTable,
  settingsOfRateSpecs, unreadableFileJson, unreadableOf, type BatchFileRead, type RateSpecProblem, type TableRead,
} from "../../check";
import { toChineseMoney } from "../../output";
import { LIMITS, formatMegabytes, readHistory } from "../../workbook";
import { AnnotateError, annotateXlsx, isLygipSummary, isMacroWorkbook, openWorkbook } from "../../workbook/node";
import { PAGE_TEXTS, type RateWordsProblem } from "../texts";
import { copyNames } from "./copyNames";
import type { BatchRequest, BatchResult, FileOut, NamedBytes, ProblemOut, Progress, Totals, Words } from "./protocol";
import { sourceOf } from "./sourceOf";

export type BatchOutcome = { readonly ok: true; readonly result: BatchResult } | { readonly ok: false; readonly problem: Words };

/** The batch workbook's and the JSON report's names, as the page offers them for download. */
export const SUMMARY_NAME = "汇总.xlsx";
export const JSON_NAME = "审核报告.json";

type Readable = Extract<TableRead, { ok: true }>;
type Loaded = { readonly name: string; readonly bytes: Uint8Array; readonly read: TableRead | null; readonly issue?: ReturnType<typeof unreadableOf> };

function both(word: (lang: Lang) => string): Words {
  return { zh: word("zh"), en: word("en") };
}

export function runBatch(request: BatchRequest, progress: (p: Progress) => void = () => {}): BatchOutcome {
  const checkedAt = request.checkedAt ? new Date(request.checkedAt) : new Date();
  const rates = settingsOfRateSpecs(request.rates);
  if (!rates.ok) return { ok: false, problem: both((l) => PAGE_TEXTS[l].rateProblem(rateWords(rates.problem))) };
  const settings: CheckSettings = rates.settings;

  let history: { entries: HistoryEntry[]; leftOut: number } | null = null;
  if (request.history) {
    const read = historyOf(request.history);
    if (!read.ok) return { ok: false, problem: read.problem };
    history = read.value;
  }

  // A batch workbook lygip wrote is never an application (the command line skips it too).
  const inputs = request.files.filter((f) => !safely(() => isLygipSummary(f.bytes)));
  const skipped = request.files.filter((f) => !inputs.includes(f));
  const names = copyNames(inputs.map((f) => f.name));

  const loaded: Loaded[] = inputs.map((f, i) => {
    progress({ step: "reading", done: i, total: inputs.length, name: f.name });
    return load(f, i);
  });
  progress({ step: "reading", done: inputs.length, total: inputs.length });

  const readable = loaded.filter((f): f is Loaded & { read: Readable } => f.read !== null && f.read.ok);
  progress({ step: "checking", done: 0, total: 1 });
  const fileNameOf = (index: number) => inputs[index]?.name;
  const checked = checkTables(readable.map((f) => f.read), { settings, history: history?.entries ?? [], fileName: fileNameOf });
  const resultsOf = new Map<Loaded, RowResult[]>(readable.map((f, i) => [f, checked[i]!]));
  progress({ step: "checking", done: 1, total: 1 });

  const historyUsed = request.history && history ? { file: request.history.name, entries: history.entries.length } : undefined;
  const info = checkInfoOf(loaded.map(batchRead), checkedAt, settings, historyUsed);

  const files: FileJson[] = [];
  const outs: FileOut[] = [];
  const problems: ProblemOut[] = [];
  const all: RowResult[] = [];
  loaded.forEach((file, index) => {
    const read = file.read;
    if (!read || !read.ok) {
      const issue = read && !read.ok ? read.issue : file.issue!;
      const where = read && !read.ok ? { sheet: read.sheet, headerRow: read.headerRow } : {};
      files.push(unreadableFileJson(file.name, issue, request.lang, where));
      outs.push({ name: file.name, rows: 0, problem: both((l) => PAGE_TEXTS[l].fileProblem(file.name, render(issue, l))) });
      return;
    }
    const results = resultsOf.get(file)!;
    for (const r of results) all.push(r);
    progress({ step: "writing", done: index, total: loaded.length, name: file.name });
    let copy: NamedBytes | undefined;
    let problem: Words | undefined;
    const copyNameOf = isMacroWorkbook(file.bytes) ? names[index]!.replace(/\.xlsx$/, ".xlsm") : names[index]!;
    try {
      const { plan, problems: listed } = planTable(read, results, { lang: request.lang, fileLabel: file.name, info });
      copy = { name: copyNameOf, bytes: annotateXlsx(file.bytes, plan, sourceOf(file.name, request.folder)) };
      const verdictOfRow = new Map(results.map((r) => [r.ref.row, r.verdict]));
      for (const p of listed) problems.push({ ...p, file: outs.length, verdict: verdictOfRow.get(p.row) ?? "approved" });
    } catch (e) {
      const detail = (l: Lang) => (e instanceof AnnotateError ? (l === "zh" ? e.zh : e.en) : e instanceof Error ? e.message : String(e));
      problem = both((l) => PAGE_TEXTS[l].fileProblem(file.name, PAGE_TEXTS[l].noCopy(detail(l))));
    }
    files.push(checkedFileJson(file.name, read.layout, results, copy ? copy.name : null, fileNameOf));
    const s = summarise(results);
    outs.push({
      name: file.name, sheet: read.layout.sheet, rows: results.length,
      ...(copy ? { copy } : {}), ...(problem ? { problem } : {}),
      verdicts: Object.fromEntries(VERDICTS.map((v) => [v, s[v]])) as Record<Verdict, number>,
    });
  });
  for (const f of skipped) outs.push({ name: f.name, rows: 0, skipped: true, problem: both((l) => PAGE_TEXTS[l].fileProblem(f.name, PAGE_TEXTS[l].skipped)) });

  progress({ step: "summary", done: 0, total: 1 });
  const summaryBytes = batchSummaryXlsx(all, (index) => inputs[index]?.name ?? "", info);
  const summary = summarise(all);
  const report = reportJson(files, summary, {
    checkedAt, settings,
    history: request.history && history ? { file: request.history.name, entries: history.entries.length, leftOut: history.leftOut } : null,
  });
  // What `--json` writes to a file or a pipe: the compact report and a newline.
  const json = new TextEncoder().encode(`${JSON.stringify(report)}\n`);
  return {
    ok: true,
    result: {
      files: outs, totals: totalsOf(all), problems,
      summary: { name: SUMMARY_NAME, bytes: summaryBytes }, json: { name: JSON_NAME, bytes: json },
      ...(request.history && history ? { history: { name: request.history.name, entries: history.entries.length, leftOut: history.leftOut } } : {}),
    },
  };
}

function load(file: NamedBytes, index: number): Loaded {
  try {
    if (file.bytes.length > LIMITS.maxInputBytes) {
      const issue = { code: "UNREADABLE_FILE" as const, reason: "too-large" as const,
        detail: `${formatMegabytes(file.bytes.length)}，上限 ${formatMegabytes(LIMITS.maxInputBytes)}`,
        detailEn: `${formatMegabytes(file.bytes.length)}, limit ${formatMegabytes(LIMITS.maxInputBytes)}` };
      return { name: file.name, bytes: file.bytes, read: null, issue };
    }
    const workbook = openWorkbook(file.bytes);
    const read = readTable(cachedSource(workbook), index, { verify: () => workbook.verifyParts() });
    return { name: file.name, bytes: file.bytes, read };
  } catch (e) {
    return { name: file.name, bytes: file.bytes, read: null, issue: unreadableOf(e) };
  }
}

function batchRead(f: Loaded): BatchFileRead {
  if (f.read && f.read.ok) return { ok: true, name: f.name, layout: f.read.layout, rows: f.read.rows };
  return { ok: false, name: f.name, issue: f.read && !f.read.ok ? f.read.issue : f.issue! };
}

function historyOf(file: NamedBytes): { ok: true; value: { entries: HistoryEntry[]; leftOut: number } } | { ok: false; problem: Words } {
  const fail = (detail: (l: Lang) => string) => ({ ok: false as const, problem: both((l) => PAGE_TEXTS[l].historyProblem(file.name, detail(l))) });
  let grid;
  try {
    const read = historyGridOf(file.bytes, file.name);
    if (read.unclosedLines.length) return fail((l) => PAGE_TEXTS[l].historyUnclosed(read.unclosedLines));
    grid = read.grid;
  } catch (e) {
    const issue = unreadableOf(e);
    return fail((l) => render(issue, l));
  }
  const { entries, issues, skipped } = readHistory(grid);
  if (issues.length > 0) {
    const first = issues[0]!;
    return fail((l) => PAGE_TEXTS[l].historyRows(issues.length, PAGE_TEXTS[l].historyRow(first.row, render(first.issue, l))));
  }
  return { ok: true, value: { entries, leftOut: skipped.length } };
}

function rateWords(p: RateSpecProblem): RateWordsProblem {
  switch (p.kind) {
    case "shape":
    case "unknown":
      return p;
    case "notNumber":
      return { kind: "notNumber", text: p.text };
    case "notRate":
      return { kind: "notRate", code: p.item.code, name: p.item.name, nameEn: p.item.nameEn };
    case "fixed":
      return { kind: "fixed", code: p.item.code, rate: p.rate, clause: p.item.clause };
    case "above":
      return { kind: "above", code: p.item.code, rate: p.rate, clause: p.item.clause, max: p.max };
  }
}

function totalsOf(results: readonly RowResult[]): Totals {
  const s = summarise(results);
  return {
    rows: s.rows,
    counts: { ok: s.ok, warning: s.warning, error: s.error },
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, s[v]])) as Record<Verdict, number>,
    // What was requested (a blank claim requests its eligible amount): claimed = approvable + pending + excess.
    claimed: formatMoney(s.requested),
    approvable: formatMoney(s.approvable),
    pending: formatMoney(s.pending),
    excess: formatMoney(s.excess),
    approvableWords: toChineseMoney(s.approvable),
    pendingWords: toChineseMoney(s.pending),
    excessWords: toChineseMoney(s.excess),
  };
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}
