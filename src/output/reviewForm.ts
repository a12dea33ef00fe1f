/**
 * The sheet 审核意见表 (REPORT.md rev. 3, "what a reviewer prints and signs"): one ruled line per application
 * row with its amounts, its conclusion and the one sentence that decided it; totals that reconcile to the
 * 分 (申请 = 可核定 + 待核实 + 核减); the file or batch it covers, the policy edition, the check time in
 * Beijing time; and the lines the reviewer and the second reviewer sign. Laid out for A4 landscape at a
 * readable size: the columns are fixed and the text wraps, so the form is the same whatever the names.
 */
import { citeClause, render } from "../engine/catalog";
import { REVIEW_REASONS, severityOf, type Issue } from "../engine/issues";
import { Decimal, ZERO, groupThousands } from "../engine/money";
import { centsOfResult } from "../engine/evaluate";
import type { RowResult, Verdict } from "../engine/types";
import { VERDICTS } from "../engine/types";
import { cellAddress } from "./cellRef";
import { beijingTime } from "./beijingTime";
import { policyBasis } from "./infoSheet";
import { VERDICT_WORDS } from "./labels";
import { centsNumber, moneyNumber } from "./moneyNumber";
import { neutralise } from "./neutralise";
import type { PlanRow, PlanRowStream, PlanSheet } from "./types";
import { centsShownWidth, LINE_HEIGHT, lineRow, shownNumberWidth, wrappedLines } from "./widths";

export const FORM_SHEET_NAME = "审核意见表";
export const FORM_TITLE = "连云港市知识产权资助申请审核意见表";

export const FORM_HEADERS = [
  "序号", "单位名称", "支持事项", "条款", "申请金额（元）", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核结论", "审核意见",
] as const;
/**
 * Widths laid out for A4 landscape: one page wide, 11-point text prints at about 11 pt in Excel and above
 * 8 pt in a viewer with wider fallback fonts (printScale.ts). Money columns widen to their figures.
 */
const WIDTHS = [5, 20, 16, 9, 13, 13, 13, 13, 8, 26] as const;
const MONEY = [4, 5, 6, 7] as const;
const CENTERED = [0, 3, 8] as const;
/** Columns whose text wraps and so sets a line's height. */
const WRAPPING = [1, 2, 9] as const;
const LAST = FORM_HEADERS.length - 1;


export interface ReviewFormInput {
  /** What the form covers: the file's name, or the batch's files. */
  readonly covers: readonly string[];
  /** When the check ran, as an ISO time. */
  readonly checkedAt: string;
  /** Names the batch's file i (RowRef.file): a form over several files heads each file's lines with its name. */
  readonly fileOf?: (file: number) => string;
}

/** The title, the two lines of what it covers, the ruled header: repeated on every printed page. */
const HEADER_ROWS = 4;

export function buildReviewForm(results: readonly RowResult[], input: ReviewFormInput): PlanSheet {
  // Made only if read: a writer takes the rows one at a time from `stream`.
  let whole: { rows: PlanRow[]; merges: readonly string[] } | undefined;
  const made = () => {
    if (!whole) {
      const rows: PlanRow[] = [];
      const stream = reviewFormStream(results, input);
      stream.forEachRow((row) => rows.push(row));
      whole = { rows, merges: stream.merges() };
    }
    return whole;
  };
  return {
    name: FORM_SHEET_NAME,
    get rows() {
      return made().rows;
    },
    columnWidths: [...WIDTHS],
    fixedWidths: true,
    headerRows: HEADER_ROWS,
    get merges() {
      return made().merges;
    },
    print: { orientation: "landscape", form: true },
    stream: () => reviewFormStream(results, input),
  };
}

/** The figures a form adds up, in whole 分 while they stay exact, else in decimal. */
const AMOUNTS = ["requested", "approvable", "pending", "excess"] as const;

/**
 * The form's rows one at a time. A first pass over the results adds the totals up and finds the widest
 * figure of each money column (the columns' widths come before the rows); the rows are made on the second.
 */
function reviewFormStream(results: readonly RowResult[], input: ReviewFormInput): PlanRowStream {
  const grouped = input.fileOf !== undefined && results.some((r) => r.ref.file !== results[0].ref.file);
  const startsFile = (i: number) => grouped && (i === 0 || results[i - 1].ref.file !== results[i].ref.file);
  const cents = [0, 0, 0, 0];
  const widest = [0, 0, 0, 0];
  const counts: Record<Verdict, number> = { approved: 0, reduced: 0, rejected: 0, review: 0 };
  const across = (row: number) => `A${row}:${cellAddress(row, LAST)}`;
  // The merges follow from where the files start: the title's three lines, a line for each file, the footer.
  const merges = [across(1), across(2), across(3)];
  let row = HEADER_ROWS;
  results.forEach((r, i) => {
    if (startsFile(i)) merges.push(across(++row));
    row++;
    counts[r.verdict]++;
    AMOUNTS.forEach((key, k) => {
      const c = centsOfResult(r, key);
      cents[k] += c;
      widest[k] = Math.max(widest[k], centsShownWidth(c));
    });
  });
  const sums = cents.every(Number.isSafeInteger)
    ? cents.map((c) => new Decimal(c).div(100))
    : AMOUNTS.map((key) => results.reduce((t, r) => t.plus(r[key]), ZERO));
  const totals = sums.map(moneyNumber);
  totals.forEach((n, k) => (widest[k] = Math.max(widest[k], shownNumberWidth(n, true))));
  // A ruled form's figures need room for a bold total and the rule, not a filter button.
  const columnWidths = WIDTHS.map((w, col) => {
    const k = (MONEY as readonly number[]).indexOf(col);
    return Math.max(w, (k < 0 ? 0 : widest[k]) + 3);
  });
  // The lines merged across the form wrap within its width: a batch's list of files is often wider.
  const formWidth = columnWidths.reduce((sum, w) => sum + w, 0);
  const total = row + 1;
  merges.push(`A${total}:D${total}`, `I${total}:J${total}`, across(total + 1));
  // After the lines: the total, the check of the sums, a blank row, the signatures.
  const sign = total + 3;
  merges.push(`A${sign}:D${sign}`, `E${sign}:H${sign}`, `I${sign}:J${sign}`);
  // A row without a deciding message says it meets its clause: one text for each clause, made once, not
  // once a line (most lines of a large table), and the same text each time for the writers that follow.
  const meets = new Map<string | undefined, string>();
  const opinionOf = (r: RowResult): string => {
    if (decidingIssue(r)) return neutralise(formOpinion(r));
    let text = meets.get(r.item?.clause);
    if (text === undefined) meets.set(r.item?.clause, (text = neutralise(formOpinion(r))));
    return text;
  };
  return {
    rowCount: sign,
    maxCol: LAST,
    columnWidths,
    merges: () => merges,
    forEachRow(visit) {
      visit({ values: [FORM_TITLE], look: "title", height: 30 });
      visit(acrossLine(`审核范围：${input.covers.map(neutralise).join("、")}`, formWidth));
      visit(acrossLine(`政策依据：${policyBasis()}　　审核时间：${beijingTime(input.checkedAt)}`, formWidth));
      visit({ values: [...FORM_HEADERS], look: "header", height: 2 * LINE_HEIGHT });
      results.forEach((r, i) => {
        if (startsFile(i)) visit({ ...acrossLine(`文件：${neutralise(input.fileOf!(r.ref.file))}`, formWidth), look: "body" });
        const values = [
          i + 1,
          neutralise(r.input.unit?.trim() ?? ""),
          neutralise(r.item?.name ?? r.input.item ?? ""),
          r.item?.clause ?? "",
          // AMOUNTS, each by name: no array made and spread for each line.
          centsNumber(centsOfResult(r, "requested")),
          centsNumber(centsOfResult(r, "approvable")),
          centsNumber(centsOfResult(r, "pending")),
          centsNumber(centsOfResult(r, "excess")),
          VERDICT_WORDS[r.verdict],
          opinionOf(r),
        ];
        // One pair of column lists shared by every line rather than a copy each (100,000 lines in a large batch).
        visit({ values, look: "body", moneyColumns: MONEY, centered: CENTERED, height: lineHeight(values) });
      });
      const verdicts = VERDICTS.filter((v) => counts[v] > 0).map((v) => `${VERDICT_WORDS[v]} ${counts[v]}`).join("，");
      visit({
        values: [`合计（${results.length} 项）`, "", "", "", ...totals, verdicts || "—", ""],
        look: "total", moneyColumns: [...MONEY], height: 2 * LINE_HEIGHT,
      });
      const [requested, approvable, pending, excess] = sums.map((m) => groupThousands(m));
      visit({ values: [`核对：申请金额 ${requested} 元 = 可核定金额 ${approvable} 元 + 待核实金额 ${pending} 元 + 核减金额 ${excess} 元`] });
      visit({ values: [] });
      visit({ values: ["审核人：__________________", "", "", "", "复核人：__________________", "", "", "", "日期：______年____月____日"], height: 2 * LINE_HEIGHT });
    },
  };
}

/**
 * The one sentence that decided the row, so that each amount the line shows has its reason: for 不予支持 the
 * first error; for 核减 every cut in order (the eligible amount, then the cap: the 可核定 figure is what the
 * last leaves); for 待核实 the message that holds it pending, then any cut of the part that is 核减 too; for
 * 通过 that it meets its clause.
 */
export function formOpinion(r: RowResult): string {
  const deciding = decidingIssue(r);
  if (!deciding) return r.item ? `符合${citeClause(r.item.clause, "zh")}规定` : "符合条款规定";
  // A 核减 or 待核实 row has no error that refuses it (those make it 不予支持): its errors are the cuts.
  const cuts = r.verdict === "reduced" || (r.verdict === "review" && !r.excess.isZero())
    ? r.issues.filter((i) => i !== deciding && severityOf(i) === "error")
    : [];
  return [deciding, ...cuts].map((i) => render(i, "zh")).join("；");
}

/** The message that decided the row, if one did: else the row meets its clause. */
function decidingIssue(r: RowResult): Issue | undefined {
  if (r.verdict === "approved" || r.issues.length === 0) return undefined;
  const first = (keep: (i: Issue) => boolean) => r.issues.find(keep);
  if (r.verdict === "review") return first((i) => REVIEW_REASONS.has(i.code)) ?? first((i) => severityOf(i) === "warning");
  return first((i) => severityOf(i) === "error") ?? r.issues[0];
}

/**
 * A line merged across the form (what it covers, a file's heading): its text wraps within the form's width,
 * and a text longer than one line gets the height its lines take, so none is cut at the form's edge or
 * spills past it (where a viewer fitting the page to its width would then shrink the whole form).
 */
function acrossLine(text: string, width: number): PlanRow {
  return { ...lineRow(text, width), wrap: true };
}

/** The line's height: as many lines as its longest wrapped text takes in its column. */
function lineHeight(values: readonly (string | number)[]): number {
  let lines = 1;
  for (const col of WRAPPING) {
    const v = values[col];
    if (typeof v === "string") lines = Math.max(lines, wrappedLines(v, WIDTHS[col]));
  }
  return Math.max(1.5, lines) * LINE_HEIGHT;
}
