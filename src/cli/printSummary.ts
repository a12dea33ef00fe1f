/** The readable summary `lygip check` prints without --json: per file, then the problems row by row. */
import type { FileJson, ReportJson } from "../engine";
import type { Lang } from "../engine";

const WORDS = {
  zh: {
    title: (policy: string) => `${policy} 申报审核`,
    sheet: (s: string, h: number) => `工作表「${s}」，表头第 ${h} 行`,
    output: "批注副本",
    rows: (n: number, ok: number, w: number, e: number) => `${n} 行：通过 ${ok}，有警告 ${w}，有错误 ${e}`,
    money: (c: string, a: string, x: string) => `申请 ${c} 元；可核定 ${a} 元；超出 ${x} 元`,
    problems: "问题：",
    row: (r: number) => `第 ${r} 行`,
    severity: { error: "错误", warning: "警告" },
    clause: (c: string) => `（第${c}条）`,
    fileError: "无法审核：",
    total: (f: number) => `合计 ${f} 个文件`,
    none: "没有发现问题。",
  },
  en: {
    title: (policy: string) => `${policy} application check`,
    sheet: (s: string, h: number) => `sheet "${s}", header row ${h}`,
    output: "annotated copy",
    rows: (n: number, ok: number, w: number, e: number) => `${n} rows: ${ok} ok, ${w} with warnings, ${e} with errors`,
    money: (c: string, a: string, x: string) => `claimed ${c}; approvable ${a}; excess ${x} (yuan)`,
    problems: "Problems:",
    row: (r: number) => `row ${r}`,
    severity: { error: "error", warning: "warning" },
    clause: (c: string) => ` (clause ${c})`,
    fileError: "Not checked: ",
    total: (f: number) => `Total of ${f} file(s)`,
    none: "No problems found.",
  },
} as const;

/** "1234567.8" → "1,234,567.80": money as finance staff read it. */
export function groupThousands(amount: string): string {
  const [whole, cents = "00"] = amount.split(".");
  const negative = whole.startsWith("-");
  const digits = negative ? whole.slice(1) : whole;
  return `${negative ? "-" : ""}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

export function formatSummary(report: ReportJson, lang: Lang, daxie?: string): string {
  const w = WORDS[lang];
  const lines: string[] = [w.title(report.policy), ""];
  for (const file of report.files) {
    for (const line of fileLines(file, lang)) lines.push(line);
    lines.push("");
  }
  const t = report.totals;
  lines.push(`${w.total(t.files)}，${w.rows(t.rows, t.ok, t.warning, t.error)}`.replace("，", lang === "zh" ? "，" : ", "));
  // 申请 is what was requested (a blank claim requests its eligible amount), so 申请 = 可核定 + 超出.
  lines.push(w.money(groupThousands(t.requested), groupThousands(t.approvable), groupThousands(t.excess)) + (daxie ? `（${daxie}）` : ""));
  return lines.join("\n") + "\n";
}

function fileLines(file: FileJson, lang: Lang): string[] {
  const w = WORDS[lang];
  const head = file.sheet && file.headerRow ? `${file.path}（${w.sheet(file.sheet, file.headerRow)}）` : file.path;
  const lines = [head];
  if (file.output) lines.push(`  ${w.output}：${file.output}`);
  if (file.error) {
    lines.push(`  ${w.fileError}${file.error.code} ${file.error.message}`);
    return lines;
  }
  let ok = 0, warning = 0, error = 0;
  let claimed = 0n, approvable = 0n, excess = 0n;
  const cents = (s: string) => BigInt(s.replace(".", ""));
  for (const r of file.rows) {
    if (r.status === "ok") ok++;
    else if (r.status === "warning") warning++;
    else error++;
    claimed += cents(r.requested);
    approvable += cents(r.approvable);
    excess += cents(r.excess);
  }
  const yuan = (c: bigint) => groupThousands(`${c / 100n}.${String(c % 100n).padStart(2, "0")}`);
  lines.push(`  ${w.rows(file.rows.length, ok, warning, error)}`);
  lines.push(`  ${w.money(yuan(claimed), yuan(approvable), yuan(excess))}`);
  const problems = file.rows.filter((r) => r.messages.length > 0);
  if (problems.length === 0) {
    lines.push(`  ${w.none}`);
    return lines;
  }
  lines.push(`  ${w.problems}`);
  for (const r of problems) {
    for (const m of r.messages) {
      const text = lang === "zh" ? m.message : m.message_en;
      const column = m.column ? ` ${m.column}` : "";
      const clause = m.clause ? w.clause(m.clause) : "";
      lines.push(`    ${w.row(r.row)} [${w.severity[m.severity]}] ${m.code}${column}：${text}${clause}`);
    }
  }
  return lines;
}
