/**
 * The template's layout as plain data: sheet names, rows, number formats, column widths and drop-down lists.
 * No package writer and no Office here, so both the command line's template (template.ts) and the task
 * pane's 插入申报模板 (Office.js) build the same template from it.
 */
import { columnLetters } from "./xlsx/cellRef";
import type { CellType, ColumnSpec, FieldKey } from "../engine/columns";
import { DISTRICTS, EDITION, ITEMS, canonicalOutcomes, type Level } from "../policy";
import * as LEVELS from "../policy/levels";

export const TEMPLATE_SHEET = "申报表";
export const OPTIONS_SHEET = "选项";
export const GUIDE_SHEET = "说明";
/** Data rows that carry the drop-down lists; an applicant needing more copies the row down. */
export const TEMPLATE_DATA_ROWS = 1000;

/** Excel number formats per cell type. */
export const NUMBER_FORMATS: Readonly<Record<CellType, string>> = {
  text: "General",
  money: "#,##0.00",
  date: "yyyy-mm-dd",
  year: "0",
  integer: "0",
  rate: "0.00%",
};

/**
 * Columns whose values look like numbers but are identifiers: stored as text so Excel never turns an
 * 18-digit code into a rounded number.
 */
const IDENTIFIER_COLUMNS: ReadonlySet<FieldKey> = new Set<FieldKey>(["creditCode", "ref", "personId"]);
export const TEXT_FORMAT = "@";

export const WIDTHS: Readonly<Record<FieldKey, number>> = {
  seq: 6, unit: 34, creditCode: 22, district: 14, year: 10, item: 34, level: 14, quantity: 8, base: 16,
  months: 14, fees: 18, rate: 10, outcome: 14, eventDate: 12, startDate: 14, ref: 24, personId: 22, claimed: 16,
};

/** The drop-down lists: which column each feeds and the values, in the order shown. */
export interface OptionList {
  readonly key: FieldKey;
  readonly values: readonly (string | number)[];
  /** What else the check recognises, shown when a typed value is not in the list. */
  readonly hint: { readonly zh: string; readonly en: string };
}

/** Every level in src/policy/levels.ts, in the order the items use them. */
export function templateLevels(): readonly Level[] {
  const all = Object.values(LEVELS).filter(isLevel);
  const order = new Map<string, number>();
  for (const item of ITEMS) for (const l of item.levels ?? []) if (!order.has(l.name)) order.set(l.name, order.size);
  return [...all].sort((a, b) => (order.get(a.name) ?? order.size) - (order.get(b.name) ?? order.size));
}

function isLevel(value: unknown): value is Level {
  return typeof value === "object" && value !== null && typeof (value as Level).name === "string"
    && Array.isArray((value as Level).aliases);
}

export function templateYears(): readonly number[] {
  const years: number[] = [];
  for (let y = EDITION.firstYear; y <= EDITION.lastYear; y++) years.push(y);
  return years;
}

export function optionLists(): readonly OptionList[] {
  return [
    {
      key: "item", values: ITEMS.map((i) => i.name),
      hint: { zh: "事项代码（如 PLEDGE_LOAN）和常用简称也可识别。", en: "Item codes (e.g. PLEDGE_LOAN) and common short names are recognised too." },
    },
    {
      key: "level", values: templateLevels().map((l) => l.name),
      hint: { zh: "“国家”“省”等常用写法也可识别。", en: "Common forms such as 国家 or 省 are recognised too." },
    },
    {
      key: "district", values: DISTRICTS.map((d) => d.name),
      hint: { zh: "“海州”“开发区”等简称也可识别。", en: "Short names such as 海州 or 开发区 are recognised too." },
    },
    {
      key: "year", values: templateYears(),
      hint: { zh: `申报年度应为 ${EDITION.firstYear}—${EDITION.lastYear}。`, en: `The year must be ${EDITION.firstYear}–${EDITION.lastYear}.` },
    },
  ];
}

/**
 * 结果/状态: every canonical outcome text (MEASURES.md decision 17) of every item, once each, grouped by item
 * in the policy's order (验收 texts, then domestic, then overseas enforcement).
 *
 * One list for the whole column rather than a list per item: a cell's list cannot follow the row's item
 * without a formula such as INDIRECT over one named range per item, and that breaks as soon as the item
 * cell holds what the check also accepts (a code, a short name, a clause number), shows an empty list on a
 * row whose item is not filled yet, and is not honoured alike by every spreadsheet program. Ten short texts
 * are quick to scan, each says which condition it is about, and the check reads every canonical text
 * against the row's own item; the guide sheet lists which texts belong to which item. Free text stays
 * allowed (decision 17 reads a narrated outcome clause by clause), so a typed value only gets a note.
 */
export function outcomeOptionList(): OptionList {
  const values = [...new Set(eventItems().flatMap((i) => canonicalOutcomes(i.code)))];
  return {
    key: "outcome", values,
    hint: {
      zh: "也可用文字写明经过，如“一审败诉，二审和解并获赔偿”；只有验收、维权类事项需要填写。",
      en: "A narrated outcome is read too (e.g. lost at first instance, then settled with compensation); only acceptance and enforcement items need one.",
    },
  };
}

/**
 * Items whose condition is an event after the grant (验收, 胜诉/和解): the only ones whose outcome must be
 * written. A grant item's blank outcome is the grant as claimed (decision 17), so its texts stay out of the
 * list, which remains short enough to scan.
 */
export function eventItems(): readonly (typeof ITEMS)[number][] {
  return ITEMS.filter((i) => i.condition?.kind === "event");
}

/** "'选项'!$A$2:$A$33": where a list lives on the options sheet (column index 0-based). */
export function optionRange(listIndex: number, length: number): string {
  const col = columnLetters(listIndex);
  return `'${OPTIONS_SHEET}'!$${col}$2:$${col}$${length + 1}`;
}

export function numberFormatOf(column: ColumnSpec): string {
  return IDENTIFIER_COLUMNS.has(column.key) ? TEXT_FORMAT : NUMBER_FORMATS[column.type];
}
