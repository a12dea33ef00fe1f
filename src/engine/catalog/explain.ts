/**
 * The calculation steps of ../explain rendered for people: Chinese as a finance clerk writes it
 * ("每满 10 件资助 1 万元：37 件计 3 个，3 × 10,000.00 = 30,000.00 元"), English second. Every figure carries
 * its unit; the figures come from the steps, never from this file.
 */
import { templateHeader, COLUMN_BY_KEY } from "../columns";
import type { Explain, ExplainStep } from "../explain";
import type { Origin } from "../issues";
import { Decimal, formatCents, formatRate, groupThousands } from "../money";
import { groupedCents, yuanFigure } from "./figures";
import type { Lang } from "./render";
import { memoise } from "../../policy/memo";

/** "10000" → "1 万元", "5000" → "5,000 元": an amount as the policy text writes it. */
export function asPolicyWrites(amount: string): string {
  const n = new Decimal(amount);
  return n.mod(1000).isZero() && n.gte(10000) ? `${n.dividedBy(10000).toString()} 万元` : `${groupThousands(n.toString())} 元`;
}

/**
 * A rate's text, made once for each rate: a table's rate rows share a few rates (the clause's, the year's),
 * and each row's explanation is rendered several times (its note, the report's two languages). A memo of a
 * pure function in its own wrapper, bounded: a rate typed differently on each row empties it now and then.
 */
const rate = memoise((r: string) => formatRate(new Decimal(r)), 64);
/** Every money figure a person reads carries thousands separators and its unit: "30,000.00 元". */
const y = (cents: number) => yuanFigure(cents, "zh");
const ye = (cents: number) => yuanFigure(cents, "en");
/** "10,000.00": a figure of the rule in a product, grouped, without its unit. */
const grouped = (cents: number) => groupedCents(cents);

/** "第 3 行" or "「乙.xlsx」第 3 行": the file only where it is another file than the row's own (decision 21). */
export function placeZh(o: Origin): string {
  return o.fileName ? `「${o.fileName}」第 ${o.row} 行` : `第 ${o.row} 行`;
}

export function placeEn(o: Origin): string {
  return o.fileName ? `row ${o.row} of "${o.fileName}"` : `row ${o.row}`;
}

/** Rows a message lists by place before it says how many more there are. */
const SHOWN_ROWS = 5;

/**
 * Every file rows came from, where the list of rows is cut at five and they are not all of the row's own
 * (decision 28): the rows left unlisted still have their files named.
 */
export function filesZh(rows: readonly Origin[]): string {
  const files = filesOf(rows);
  return files ? `（涉及文件：${files.map((f) => (f === null ? "本文件" : `「${f}」`)).join("、")}）` : "";
}

export function filesEn(rows: readonly Origin[]): string {
  const files = filesOf(rows);
  return files ? ` (files: ${files.map((f) => (f === null ? "this file" : `"${f}"`)).join(", ")})` : "";
}

/** The distinct files of rows, null for the row's own, in order; null where every row is in the row's own file. */
function filesOf(rows: readonly Origin[]): (string | null)[] | null {
  if (rows.length <= SHOWN_ROWS) return null;
  const files: (string | null)[] = [];
  for (const r of rows) {
    const f = r.fileName ?? null;
    if (!files.includes(f)) files.push(f);
  }
  return files.some((f) => f !== null) ? files : null;
}

function rowsZh(rows: readonly Origin[]): string {
  const shown = rows.slice(0, SHOWN_ROWS).map(placeZh).join("、");
  return rows.length > SHOWN_ROWS ? `${shown} 等 ${rows.length} 行` : shown;
}

function rowsEn(rows: readonly Origin[]): string {
  const shown = rows.slice(0, SHOWN_ROWS).map(placeEn).join(", ");
  return rows.length > SHOWN_ROWS ? `${shown} and ${rows.length - SHOWN_ROWS} more rows` : shown;
}

function stepZh(s: ExplainStep): string {
  switch (s.kind) {
    case "rate":
      return `${s.baseName.zh} ${y(s.base)} × ${rate(s.rate)} = ${y(s.result)}`;
    case "loan": {
      const fees = s.fees ? ` + 评估等服务费 ${y(s.fees)}` : "";
      if (s.countedMonths === s.months) return `(贷款利息 ${y(s.interest)}${fees}) × ${rate(s.rate)} = ${y(s.result)}`;
      const counted = s.monthsBefore > 0
        ? `同一笔贷款此前已计 ${s.monthsBefore} 个月，利息最多计 ${s.maxMonths} 个月，本行计 ${s.countedMonths} 个月`
        : `利息最多计 ${s.maxMonths} 个月`;
      // The counted interest is shown to the 分, but the subsidy is computed from its exact value: where the
      // two differ, the text says so, so a clerk who recomputes from the shown figure knows why.
      const exact = isExactShare(s);
      const share = exact ? y(s.countedInterest) : `约 ${y(s.countedInterest)}（按精确值计算）`;
      return `${counted}：贷款利息 ${y(s.interest)} × ${s.countedMonths}/${s.months} = ${share}；` +
        `(${exact ? y(s.countedInterest) : "计入利息的精确值"}${fees}) × ${rate(s.rate)} = ${y(s.result)}`;
    }
    case "amount": {
      const upTo = s.upTo ? "最高" : "";
      if (s.per === null || (s.quantity === 1 && s.per.zh !== "人")) return `${upTo ? "最高 " : ""}${y(s.result)}`;
      return `每${s.per.zh}${upTo} ${y(s.each)} × ${s.quantity} ${s.per.zh} = ${y(s.result)}`;
    }
    case "perFullTen": {
      const head = `每满 ${s.size} ${s.per.zh}${s.paid} ${asPolicyWrites(formatCents(s.each))}`;
      if (s.before === 0) return `${head}：${s.quantity} ${s.per.zh}计 ${s.tens} 个，${s.tens} × ${grouped(s.each)} = ${y(s.result)}`;
      const total = s.before + s.quantity;
      return `${head}：本年度此前 ${s.before} ${s.per.zh}，连同本行 ${s.quantity} ${s.per.zh}共 ${total} ${s.per.zh}计 ${s.tens} 个，` +
        `${s.tens} × ${grouped(s.each)} = ${y(s.total)}，此前已计 ${y(s.totalBefore)}，本行 ${y(s.result)}`;
    }
    case "capSingle":
      return `超过年度上限，按上限 ${y(s.cap)}计`;
    case "percentRate":
      return `${s.place === "row" ? "补助比例" : "本年度比例"}填写为 ${s.typed}，按 ${rate(s.rate)} 计`;
    case "capRunning": {
      const from: string[] = [];
      if (s.fromHistory) from.push(`历史核定 ${y(s.fromHistory)}`);
      if (s.fromRows.length) from.push(`本批${rowsZh(s.fromRows)}`);
      const where = from.length ? `（${from.join("；")}）` : "";
      return `同一${s.holder.zh} ${s.year} 年度上限 ${y(s.cap)}，此前已核定 ${y(s.used)}${where}，本行${s.pending ? "待核实" : "可核定"} ${y(s.approvable)}`;
    }
    case "formula":
      return `（${s.fields.map(templateHeader).join("、")}取自公式的计算结果）`;
  }
}

function stepEn(s: ExplainStep): string {
  switch (s.kind) {
    case "rate":
      return `${s.baseName.en} ${ye(s.base)} × ${rate(s.rate)} = ${ye(s.result)}`;
    case "loan": {
      const fees = s.fees ? ` + service fees ${ye(s.fees)}` : "";
      if (s.countedMonths === s.months) return `(interest ${ye(s.interest)}${fees}) × ${rate(s.rate)} = ${ye(s.result)}`;
      const counted = s.monthsBefore > 0
        ? `earlier parts of the same loan counted ${s.monthsBefore} months of at most ${s.maxMonths}; ${s.countedMonths} count here`
        : `at most ${s.maxMonths} months of interest count`;
      const exact = isExactShare(s);
      const share = exact ? ye(s.countedInterest) : `about ${ye(s.countedInterest)} (computed from the exact value)`;
      return `${counted}: interest ${ye(s.interest)} × ${s.countedMonths}/${s.months} = ${share}; ` +
        `(${exact ? ye(s.countedInterest) : "the exact counted interest"}${fees}) × ${rate(s.rate)} = ${ye(s.result)}`;
    }
    case "amount": {
      const prefix = s.upTo ? "up to " : "";
      if (s.per === null || (s.quantity === 1 && s.per.zh !== "人")) return `${prefix}${ye(s.result)}`;
      return `${prefix}${ye(s.each)} per ${s.per.en} × ${s.quantity} = ${ye(s.result)}`;
    }
    case "perFullTen": {
      const head = `${ye(s.each)} per full ${s.size} ${s.per.en}s`;
      const groups = s.size === 10 ? (s.tens === 1 ? "ten" : "tens") : `group${s.tens === 1 ? "" : "s"} of ${s.size}`;
      const full = `${s.tens} full ${groups}`;
      if (s.before === 0) return `${head}: ${s.quantity} ${s.per.en}s are ${full}, ${s.tens} × ${grouped(s.each)} = ${ye(s.result)}`;
      const total = s.before + s.quantity;
      return `${head}: ${s.before} earlier this year plus ${s.quantity} on this row make ${total}, ${full}, ` +
        `${s.tens} × ${grouped(s.each)} = ${ye(s.total)}, ${ye(s.totalBefore)} counted before, ${ye(s.result)} on this row`;
    }
    case "capSingle":
      return `above the annual cap; the cap of ${ye(s.cap)} is taken`;
    case "percentRate":
      return `${s.place === "row" ? "the row's rate" : "the year's rate"} was given as ${s.typed}, read as ${rate(s.rate)}`;
    case "capRunning": {
      const from: string[] = [];
      if (s.fromHistory) from.push(`${ye(s.fromHistory)} in the approval history`);
      if (s.fromRows.length) from.push(`this batch's ${rowsEn(s.fromRows)}`);
      const where = from.length ? ` (${from.join("; ")})` : "";
      return `the ${s.year} cap of ${ye(s.cap)} per ${s.holder.en}: ${ye(s.used)} already approved${where}; ${ye(s.approvable)} ${s.pending ? "pending review" : "approvable"} on this row`;
    }
    case "formula":
      return `(${s.fields.map((f) => COLUMN_BY_KEY.get(f)?.en ?? f).join(", ")} taken from formula results)`;
  }
}

/** Whether a loan's counted interest (interest × counted / months) is exact to the 分 as shown. */
function isExactShare(s: Extract<ExplainStep, { kind: "loan" }>): boolean {
  const share = BigInt(s.interest) * BigInt(s.countedMonths);
  const months = BigInt(s.months);
  return share % months === 0n && share / months === BigInt(s.countedInterest);
}

/** The steps of a row's calculation as one text: "…；…" in Chinese, "…; …" in English; a note on formula values follows its step. */
export function renderExplain(steps: Explain, lang: Lang): string {
  const render = lang === "en" ? stepEn : stepZh;
  const separator = lang === "en" ? "; " : "；";
  let text = "";
  for (const step of steps) {
    const part = render(step);
    text += text === "" ? part : step.kind === "formula" ? (lang === "en" ? ` ${part}` : part) : `${separator}${part}`;
  }
  return text;
}

export { rowsZh, rowsEn };
