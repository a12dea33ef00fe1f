/**
 * The calculation steps of ../explain rendered for people: Chinese as a finance clerk writes it
 * ("每满 10 件资助 1 万元：37 件计 3 个，3 × 10000.00 = 30000.00 元"), English second. Every figure carries
 * its unit; the figures come from the steps, never from this file.
 */
import { templateHeader, COLUMN_BY_KEY } from "../columns";
import type { Explain, ExplainStep } from "../explain";
import type { Origin } from "../issues";
import { Decimal, formatRate } from "../money";
import type { Lang } from "./render";

/** "10000" → "1 万元", "5000" → "5000 元": an amount as the policy text writes it. */
export function asPolicyWrites(amount: string): string {
  const n = new Decimal(amount);
  return n.mod(1000).isZero() && n.gte(10000) ? `${n.dividedBy(10000).toString()} 万元` : `${n.toString()} 元`;
}

const rate = (r: string) => formatRate(new Decimal(r));

/** "第 3 行" or "「乙.xlsx」第 3 行": the file only where it is another file than the row's own (decision 21). */
export function placeZh(o: Origin): string {
  return o.fileName ? `「${o.fileName}」第 ${o.row} 行` : `第 ${o.row} 行`;
}

export function placeEn(o: Origin): string {
  return o.fileName ? `row ${o.row} of "${o.fileName}"` : `row ${o.row}`;
}

function rowsZh(rows: readonly Origin[]): string {
  const shown = rows.slice(0, 5).map(placeZh).join("、");
  return rows.length > 5 ? `${shown} 等 ${rows.length} 行` : shown;
}

function rowsEn(rows: readonly Origin[]): string {
  const shown = rows.slice(0, 5).map(placeEn).join(", ");
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more rows` : shown;
}

function stepZh(s: ExplainStep): string {
  switch (s.kind) {
    case "rate":
      return `${s.baseName.zh} ${s.base} 元 × ${rate(s.rate)} = ${s.result} 元`;
    case "loan": {
      const fees = s.fees ? ` + 评估等服务费 ${s.fees} 元` : "";
      if (s.countedMonths === s.months) return `(贷款利息 ${s.interest} 元${fees}) × ${rate(s.rate)} = ${s.result} 元`;
      const counted = s.monthsBefore > 0
        ? `同一笔贷款此前已计 ${s.monthsBefore} 个月，利息最多计 ${s.maxMonths} 个月，本行计 ${s.countedMonths} 个月`
        : `利息最多计 ${s.maxMonths} 个月`;
      return `${counted}：贷款利息 ${s.interest} 元 × ${s.countedMonths}/${s.months} = ${s.countedInterest} 元；` +
        `(${s.countedInterest} 元${fees}) × ${rate(s.rate)} = ${s.result} 元`;
    }
    case "amount": {
      const prefix = s.upTo ? "最高 " : "";
      if (s.per === null || (s.quantity === 1 && s.per.zh !== "人")) return `${prefix}${s.result} 元`;
      return `${prefix}每${s.per.zh} ${s.each} 元 × ${s.quantity} ${s.per.zh} = ${s.result} 元`;
    }
    case "perFullTen": {
      const head = `每满 ${s.size} ${s.per.zh}资助 ${asPolicyWrites(s.each)}`;
      if (s.before === 0) return `${head}：${s.quantity} ${s.per.zh}计 ${s.tens} 个，${s.tens} × ${s.each} = ${s.result} 元`;
      const total = s.before + s.quantity;
      return `${head}：本年度此前 ${s.before} ${s.per.zh}，连同本行 ${s.quantity} ${s.per.zh}共 ${total} ${s.per.zh}计 ${s.tens} 个，` +
        `${s.tens} × ${s.each} = ${s.total} 元，此前已计 ${s.totalBefore} 元，本行 ${s.result} 元`;
    }
    case "capSingle":
      return `超过年度上限，按上限 ${s.cap} 元计`;
    case "capRunning": {
      const from: string[] = [];
      if (s.fromHistory) from.push(`历史核定 ${s.fromHistory} 元`);
      if (s.fromRows.length) from.push(`本批${rowsZh(s.fromRows)}`);
      const where = from.length ? `（${from.join("；")}）` : "";
      return `同一${s.holder.zh} ${s.year} 年度上限 ${s.cap} 元，此前已核定 ${s.used} 元${where}，本行可核定 ${s.approvable} 元`;
    }
    case "formula":
      return `（${s.fields.map(templateHeader).join("、")}取自公式的计算结果）`;
  }
}

function stepEn(s: ExplainStep): string {
  switch (s.kind) {
    case "rate":
      return `${s.baseName.en} ${s.base} yuan × ${rate(s.rate)} = ${s.result} yuan`;
    case "loan": {
      const fees = s.fees ? ` + service fees ${s.fees} yuan` : "";
      if (s.countedMonths === s.months) return `(interest ${s.interest} yuan${fees}) × ${rate(s.rate)} = ${s.result} yuan`;
      const counted = s.monthsBefore > 0
        ? `earlier parts of the same loan counted ${s.monthsBefore} months of at most ${s.maxMonths}; ${s.countedMonths} count here`
        : `at most ${s.maxMonths} months of interest count`;
      return `${counted}: interest ${s.interest} yuan × ${s.countedMonths}/${s.months} = ${s.countedInterest} yuan; ` +
        `(${s.countedInterest} yuan${fees}) × ${rate(s.rate)} = ${s.result} yuan`;
    }
    case "amount": {
      const prefix = s.upTo ? "up to " : "";
      if (s.per === null || (s.quantity === 1 && s.per.zh !== "人")) return `${prefix}${s.result} yuan`;
      return `${prefix}${s.each} yuan per ${s.per.en} × ${s.quantity} = ${s.result} yuan`;
    }
    case "perFullTen": {
      const head = `${s.each} yuan per full ${s.size} ${s.per.en}s`;
      const groups = s.size === 10 ? (s.tens === 1 ? "ten" : "tens") : `group${s.tens === 1 ? "" : "s"} of ${s.size}`;
      const full = `${s.tens} full ${groups}`;
      if (s.before === 0) return `${head}: ${s.quantity} ${s.per.en}s are ${full}, ${s.tens} × ${s.each} = ${s.result} yuan`;
      const total = s.before + s.quantity;
      return `${head}: ${s.before} earlier this year plus ${s.quantity} on this row make ${total}, ${full}, ` +
        `${s.tens} × ${s.each} = ${s.total} yuan, ${s.totalBefore} yuan counted before, ${s.result} yuan on this row`;
    }
    case "capSingle":
      return `above the annual cap; the cap of ${s.cap} yuan is taken`;
    case "capRunning": {
      const from: string[] = [];
      if (s.fromHistory) from.push(`${s.fromHistory} yuan in the approval history`);
      if (s.fromRows.length) from.push(`this batch's ${rowsEn(s.fromRows)}`);
      const where = from.length ? ` (${from.join("; ")})` : "";
      return `the ${s.year} cap of ${s.cap} yuan per ${s.holder.en}: ${s.used} yuan already approved${where}; ${s.approvable} yuan approvable on this row`;
    }
    case "formula":
      return `(${s.fields.map((f) => COLUMN_BY_KEY.get(f)?.en ?? f).join(", ")} taken from formula results)`;
  }
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
