/**
 * The sheet 汇总: the policy edition, then totals by item, district and year, the grand total with its
 * 人民币大写, and the count of rows by result.
 */
import { ZERO, type Money } from "../engine/money";
import type { RowResult, Status } from "../engine/types";
import { DISTRICTS, EDITION, ITEMS, resolveDistrict } from "../policy";
import type { PlanRow, PlanSheet } from "./types";
import { STATUS_WORDS, SUMMARY_SHEET_NAME } from "./labels";
import { neutralise } from "./neutralise";
import { moneyNumber } from "./moneyNumber";
import { toChineseMoney } from "./rmb";

/** Rows, claimed, approvable and excess of a group of rows. */
interface Totals {
  rows: number;
  claimed: Money;
  approvable: Money;
  excess: Money;
}

const MONEY_HEADERS = ["申请金额（元）", "可核定金额（元）", "超出金额（元）"] as const;
const BLANK = "（未填写）";
const UNRECOGNISED_ITEM = "（未识别）";

export function buildSummarySheet(results: readonly RowResult[], fileLabel?: string): PlanSheet {
  const rows: PlanRow[] = [
    { values: ["知识产权资助申报审核汇总"], bold: true },
    { values: ["政策依据", `${EDITION.title}《${EDITION.name}》`] },
  ];
  if (fileLabel !== undefined) rows.push({ values: ["申报文件", neutralise(fileLabel)] });
  rows.push({ values: [] });

  // By item, in the policy's order; rows whose item was not recognised together at the end.
  rows.push({ values: ["按支持事项汇总"], bold: true });
  rows.push({ values: ["代码", "支持事项", "条款", "行数", ...MONEY_HEADERS], bold: true });
  const byItem = group(results, (r) => r.item?.code ?? "");
  for (const item of ITEMS) {
    const t = byItem.get(item.code);
    if (t) rows.push(totalsRow([item.code, item.name, item.clause], t));
  }
  const unknown = byItem.get("");
  if (unknown) rows.push(totalsRow(["", UNRECOGNISED_ITEM, ""], unknown));
  const all = sum(results);
  rows.push({ ...totalsRow(["合计", "", ""], all), bold: true });
  rows.push({ values: ["可核定金额合计（大写）", toChineseMoney(all.approvable)], bold: true });
  rows.push({ values: [] });

  // By district: the city's districts in their order, then names the policy does not know, then blanks.
  rows.push({ values: ["按所属县区汇总"], bold: true });
  rows.push({ values: ["所属县区", "行数", ...MONEY_HEADERS], bold: true });
  const byDistrict = group(results, districtKey);
  const known = DISTRICTS.map((d) => d.name).filter((n) => byDistrict.has(n));
  const others = [...byDistrict.keys()].filter((k) => k !== BLANK && !known.includes(k)).sort(byCodePoint);
  for (const name of [...known, ...others, ...(byDistrict.has(BLANK) ? [BLANK] : [])]) {
    rows.push(totalsRow([neutralise(name)], byDistrict.get(name)!));
  }
  rows.push({ values: [] });

  rows.push({ values: ["按申报年度汇总"], bold: true });
  rows.push({ values: ["申报年度", "行数", ...MONEY_HEADERS], bold: true });
  const byYear = group(results, (r) => (r.input.year === null ? BLANK : String(r.input.year)));
  const years = [...byYear.keys()].filter((k) => k !== BLANK).sort((a, b) => Number(a) - Number(b));
  for (const y of years) rows.push(totalsRow([Number(y)], byYear.get(y)!));
  if (byYear.has(BLANK)) rows.push(totalsRow([BLANK], byYear.get(BLANK)!));
  rows.push({ values: [] });

  rows.push({ values: ["按审核结果统计"], bold: true });
  rows.push({ values: ["审核结果", "行数"], bold: true });
  for (const status of ["ok", "warning", "error"] as const satisfies readonly Status[]) {
    rows.push({ values: [STATUS_WORDS[status], results.filter((r) => r.status === status).length] });
  }
  rows.push({ values: ["合计", results.length], bold: true });

  return { name: SUMMARY_SHEET_NAME, rows, columnWidths: [24, 40, 10, 10, 18, 18, 18] };
}

/** A resolved district's own name; what was typed when the policy does not know it; BLANK when empty. */
function districtKey(r: RowResult): string {
  const typed = r.input.district?.trim() ?? "";
  if (typed === "") return BLANK;
  return resolveDistrict(typed)?.name ?? typed;
}

function totalsRow(label: readonly (string | number)[], t: Totals): PlanRow {
  const first = label.length + 1;
  return {
    values: [...label, t.rows, moneyNumber(t.claimed), moneyNumber(t.approvable), moneyNumber(t.excess)],
    moneyColumns: [first, first + 1, first + 2],
  };
}

function group(results: readonly RowResult[], key: (r: RowResult) => string): Map<string, Totals> {
  const out = new Map<string, RowResult[]>();
  for (const r of results) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return new Map([...out].map(([k, rs]) => [k, sum(rs)]));
}

/**
 * 申请金额 is what each row requests (a blank claim requests its eligible amount), so that every total
 * reconciles: 申请 = 可核定 + 超出 (REPORT.md `requested`).
 */
function sum(results: readonly RowResult[]): Totals {
  return results.reduce<Totals>(
    (t, r) => ({
      rows: t.rows + 1,
      claimed: t.claimed.plus(r.requested),
      approvable: t.approvable.plus(r.approvable),
      excess: t.excess.plus(r.excess),
    }),
    { rows: 0, claimed: ZERO, approvable: ZERO, excess: ZERO },
  );
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
