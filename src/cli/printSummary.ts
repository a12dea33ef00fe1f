/**
 * The readable summary `lygip check` prints without --json: per file, then the problems row by row, then
 * the batch's totals and what the check applied (rates in force, history). Everything taken from a
 * workbook or the command line (file, sheet and header names, cell text inside messages) is made inert
 * for the terminal; lines are wrapped to the terminal's width by display width; in a terminal the problem
 * list is capped, the rest being in the 问题清单 sheet and the JSON.
 */
import {
  clauseNote, Decimal, formatRate, groupThousands, verdictWord, VERDICTS, type FileJson, type Lang, type ReportJson, type SettingsJson, type Totals,
} from "../engine";
import { EDITION, ITEMS_BY_CODE, type ItemCode } from "../policy";
import { otherTablesNote } from "../output";
import { inert, wrapLine } from "./terminalText";

const g = groupThousands;

/** What the check applied (the report's `settings`), echoed so a reader knows which figures the amounts rest on. */
interface Applied {
  /** Every rate in force: the item's code and its name in each language, the percentage, whether --rate set it. */
  readonly rates: readonly { readonly item: string; readonly name: { readonly zh: string; readonly en: string }; readonly rate: string; readonly set: boolean }[];
  readonly history: { readonly path: string; readonly entries: number } | null;
}

function appliedOf(settings: SettingsJson, ratesSet: readonly string[]): Applied {
  return {
    rates: Object.entries(settings.rates).map(([item, rate]) => {
      // People read the item's name; its code is for the JSON (settings.rates) and for --rate.
      const known = ITEMS_BY_CODE.get(item as ItemCode);
      const name = known ? { zh: known.name, en: known.nameEn } : { zh: inert(item), en: inert(item) };
      return { item, name, rate: formatRate(new Decimal(rate)), set: ratesSet.includes(item) };
    }),
    history: settings.history && { path: inert(settings.history.file), entries: settings.history.entries },
  };
}

export interface SummaryOptions {
  readonly lang: Lang;
  /** The approvable total in 人民币大写 (Chinese only). */
  readonly daxie?: string;
  /** Wrap at this many columns; null writes lines whole (a file or a pipe). */
  readonly width?: number | null;
  /** Show at most this many problem lines in all; null shows every one. */
  readonly problemCap?: number | null;
  /** The totals only. */
  readonly quiet?: boolean;
  /** Item codes whose rate --rate set. */
  readonly ratesSet?: readonly string[];
  /** Annotated copies were written (not --no-write), so 问题清单 exists to point to. Default true. */
  readonly written?: boolean;
}

/** One message as a problem line shows it: every text already made inert for the terminal. */
interface ProblemLine {
  readonly row: number;
  readonly unit: string | null;
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly column: string | null;
  readonly text: string;
  readonly clause: string | null;
}

/** Clauses as an English reader writes them; kept here for the command line's other printers. */

const WORDS = {
  zh: {
    title: (policy: string) => `${policy} 申报审核`,
    file: (path: string, sheet: string | null, header: number | null) =>
      sheet && header ? `${path}（工作表「${sheet}」，表头第 ${header} 行）` : path,
    output: (p: string) => `批注副本：${p}`,
    rows: (t: Totals) => `${t.rows} 行：${VERDICTS.map((v) => `${verdictWord(v, "zh")} ${t[v]}`).join("，")}`,
    /** 大写, where given, is the approvable amount's: it stands beside 可核定. */
    money: (t: Totals, daxie?: string) =>
      `申请 ${g(t.requested)} 元 = 可核定 ${g(t.approvable)} 元${daxie ? `（${daxie}）` : ""} + 待核实 ${g(t.pending)} 元 + 核减 ${g(t.excess)} 元`,
    problems: "问题：",
    /** The row and its unit first, the sentence in the middle, the code (for grep and the JSON) last. */
    problem: (p: ProblemLine) =>
      `第 ${p.row} 行 ${p.unit ?? "（未填单位名称）"}：[${p.severity === "error" ? "错误" : "警告"}]${p.column ? `「${p.column}」` : ""}` +
      `${p.text}${p.clause ? clauseNote(p.clause, "zh") : ""} [${p.code}]`,
    /** Without a copy there is no 问题清单 to point to. */
    more: (n: number, written: boolean) => `还有 ${n} 条，见${written ? "问题清单/JSON" : " --json 的输出"}`,
    fileError: (code: string, message: string) => `无法审核：${code} ${message}`,
    total: (f: number, rows: string) => `合计 ${f} 个文件，${rows}`,
    none: "没有发现问题。",
    /** A table with its header and nothing under it: said plainly, not "no problems". */
    empty: (header: number | null) => `表头${header ? `（第 ${header} 行）` : ""}下没有申报行，没有可审核的内容。`,
    rates: (r: Applied["rates"]) =>
      `适用比例：${r.map((x) => `${x.name.zh} ${x.rate}${x.set ? "（--rate）" : ""}`).join("，")}` + (r.some((x) => x.set) ? "" : "（均为条款规定，未设 --rate）"),
    history: (h: Applied["history"]) => (h ? `以往核定记录：${h.path}（${h.entries} 条）` : "以往核定记录：未提供（--history）"),
  },
  en: {
    // The report's `policy` is the document number; an English reader gets the policy's English title.
    title: (_policy: string) => `${EDITION.titleEn}: application check`,
    file: (path: string, sheet: string | null, header: number | null) =>
      sheet && header ? `${path} (sheet "${sheet}", header row ${header})` : path,
    output: (p: string) => `annotated copy: ${p}`,
    rows: (t: Totals) => `${t.rows} row${t.rows === 1 ? "" : "s"}: ${VERDICTS.map((v) => `${t[v]} ${verdictWord(v, "en")}`).join(", ")}`,
    money: (t: Totals, _daxie?: string) =>
      `requested ${g(t.requested)} yuan = approvable ${g(t.approvable)} yuan + pending ${g(t.pending)} yuan + reduced ${g(t.excess)} yuan`,
    problems: "Problems:",
    problem: (p: ProblemLine) =>
      `row ${p.row} ${p.unit ?? "(no unit name)"}: [${p.severity}]${p.column ? ` "${p.column}"` : ""} ` +
      `${p.text}${p.clause ? clauseNote(p.clause, "en") : ""} [${p.code}]`,
    more: (n: number, written: boolean) => `${n} more: see ${written ? "the 问题清单 sheet or " : ""}--json`,
    fileError: (code: string, message: string) => `Not checked: ${code} ${message}`,
    total: (f: number, rows: string) => `Total of ${f} file${f === 1 ? "" : "s"}, ${rows}`,
    none: "No problems found.",
    empty: (header: number | null) => `No application rows under the header${header ? ` (row ${header})` : ""}: nothing to check.`,
    rates: (r: Applied["rates"]) =>
      `Rates in force: ${r.map((x) => `${x.name.en} ${x.rate}${x.set ? " (--rate)" : ""}`).join("; ")}` + (r.some((x) => x.set) ? "" : " (all as the clauses set them; no --rate)"),
    history: (h: Applied["history"]) => (h ? `Earlier approvals: ${h.path} (${h.entries} entries)` : "Earlier approvals: none given (--history)"),
  },
} as const;

export function formatSummary(report: ReportJson, options: SummaryOptions): string {
  const { lang } = options;
  const w = WORDS[lang];
  const lines: string[] = [];
  if (!options.quiet) {
    lines.push(w.title(report.policy), "");
    let budget = options.problemCap ?? Infinity;
    let shownAll = 0;
    for (const file of report.files) {
      const { lines: fileText, shown } = fileLines(file, lang, budget);
      budget -= shown;
      shownAll += shown;
      for (const line of fileText) lines.push(line);
      lines.push("");
    }
    const hidden = totalProblems(report) - shownAll;
    if (hidden > 0) lines.push(w.more(hidden, options.written ?? true), "");
  } else {
    for (const file of report.files) if (file.error) lines.push(`${inert(file.path)}：${w.fileError(file.error.code, inert(file.error.message))}`);
  }
  const t = report.totals;
  lines.push(w.total(report.totals.files, w.rows(t)));
  // 申请 is what was requested (a blank claim requests its eligible amount), so 申请 = 可核定 + 待核实 + 核减
  // (decision 23); the 大写 (Chinese only) spells the approvable total, so it follows 可核定.
  const daxie = lang === "zh" ? options.daxie : undefined;
  lines.push(w.money(t, daxie));
  const applied = appliedOf(report.settings, options.ratesSet ?? []);
  lines.push(w.rates(applied.rates), w.history(applied.history));
  const width = options.width ?? null;
  const out = width === null ? lines : lines.flatMap((l) => wrapLine(l, width, 2));
  return out.join("\n") + "\n";
}

function totalProblems(report: ReportJson): number {
  let n = 0;
  for (const f of report.files) for (const r of f.rows) n += r.messages.length;
  return n;
}

function fileLines(file: FileJson, lang: Lang, budget: number): { lines: string[]; shown: number } {
  const w = WORDS[lang];
  const lines = [w.file(inert(file.path), file.sheet === null ? null : inert(file.sheet), file.headerRow)];
  if (file.output) lines.push(`  ${w.output(inert(file.output))}`);
  if (file.otherTables?.length) lines.push(`  ${otherTablesNote(file.otherTables.map(inert), lang)}${lang === "zh" ? "。" : "."}`);
  const tally = file.totals;
  if (file.error || !tally) {
    if (file.error) lines.push(`  ${w.fileError(file.error.code, inert(file.error.message))}`);
    return { lines, shown: 0 };
  }
  lines.push(`  ${w.rows(tally)}`);
  lines.push(`  ${w.money(tally)}`);
  // Told by the count, not the rows: the command line gives only the rows with messages (checkCommand.ts).
  if (tally.rows === 0) {
    lines.push(`  ${w.empty(file.headerRow)}`);
    return { lines, shown: 0 };
  }
  const problems = file.rows.filter((r) => r.messages.length > 0);
  if (problems.length === 0) {
    lines.push(`  ${w.none}`);
    return { lines, shown: 0 };
  }
  if (budget > 0) lines.push(`  ${w.problems}`);
  let shown = 0;
  for (const r of problems) {
    for (const m of r.messages) {
      if (shown >= budget) return { lines, shown };
      const text = inert(lang === "zh" ? m.message : m.message_en);
      const unit = r.unit?.trim() ? inert(r.unit.trim()) : null;
      // A message that already quotes its column (「申请金额（元）」填写为……) is not prefixed with it again.
      const column = m.column && !m.message.includes(m.column) ? inert(m.column) : null;
      lines.push(`    ${w.problem({ row: r.row, unit, severity: m.severity, code: m.code, column, text, clause: m.clause })}`);
      shown++;
    }
  }
  return { lines, shown };
}
