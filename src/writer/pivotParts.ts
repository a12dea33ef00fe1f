/**
 * The PivotTables of 汇总 as OOXML parts (ECMA-376 Part 1, 18.10): one pivot cache over the table 审核明细
 * and one pivotTableDefinition per pivot. The cache keeps no records (saveData="0") and is rebuilt when the
 * workbook opens (refreshOnLoad="1"); every field a pivot puts on an axis lists its shared items, and each
 * axis lists its items in that order, as Excel requires to open the file without repairing it. Children
 * are written in the schema's order; only attributes that differ from the schema's defaults are written.
 */
import { maxOf, minOf } from "../output/extremes";
import { DETAIL_COLUMNS, DETAIL_MONEY_KEYS, type DetailKey, type DetailRow } from "../output/detail";
import type { PivotBlock } from "../output/summaryLayout";
import { centsNumber } from "../output/moneyNumber";
import { cellAddress } from "../output/cellRef";
import { XML_DECLARATION, escapeAttr } from "./xmlScan";
import { MAIN_NS, REL_NS } from "../workbook/xlsx/ooxmlNames";


/** Built-in number format 4, #,##0.00. */
const MONEY_FORMAT = 4;

export interface CacheSource {
  /** The sheet holding the table, and the table's range with its header row. */
  readonly sheet: string;
  readonly ref: string;
}

/** The cache over 审核明细: one field per column, axis fields with their values in the pivots' order. */
export function pivotCacheDefinitionXml(
  source: CacheSource, rows: readonly DetailRow[], sharedItems: ReadonlyMap<DetailKey, readonly (string | number | null)[]>,
): string {
  const fields = DETAIL_COLUMNS.map((c) => {
    const items = sharedItems.get(c.key);
    const format = c.kind === "money" ? MONEY_FORMAT : 0;
    const open = `<cacheField name="${escapeAttr(c.header)}" numFmtId="${format}">`;
    if (items) return `${open}${axisItems(items)}</cacheField>`;
    if (c.kind === "text") return `${open}<sharedItems/></cacheField>`;
    return `${open}${numberRange(rows, c.key, c.kind === "integer")}</cacheField>`;
  });
  return (
    XML_DECLARATION +
    `<pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" saveData="0" refreshOnLoad="1" ` +
    'createdVersion="8" refreshedVersion="8" minRefreshableVersion="3">' +
    `<cacheSource type="worksheet"><worksheetSource ref="${source.ref}" sheet="${escapeAttr(source.sheet)}"/></cacheSource>` +
    `<cacheFields count="${fields.length}">${fields.join("")}</cacheFields>` +
    "</pivotCacheDefinition>"
  );
}

/** Shared items of an axis field: text, or numbers with an empty cell as <m/>. */
function axisItems(items: readonly (string | number | null)[]): string {
  const numbers = items.filter((v): v is number => typeof v === "number");
  const blank = items.includes(null);
  const text = items.some((v) => typeof v === "string");
  const body = items.map((v) => (v === null ? "<m/>" : typeof v === "number" ? `<n v="${v}"/>` : `<s v="${escapeAttr(v)}"/>`)).join("");
  const attrs: string[] = [];
  if (!text) {
    // Numbers only (and blanks): say so, with their range, as Excel writes a numeric axis field.
    if (!blank) attrs.push('containsSemiMixedTypes="0"');
    attrs.push('containsString="0"');
    if (blank) attrs.push('containsBlank="1"');
    if (numbers.length) {
      attrs.push('containsNumber="1"');
      if (numbers.every(Number.isInteger)) attrs.push('containsInteger="1"');
      attrs.push(`minValue="${minOf(numbers)}" maxValue="${maxOf(numbers)}"`);
    }
  } else if (blank) attrs.push('containsBlank="1"');
  attrs.push(`count="${items.length}"`);
  return `<sharedItems ${attrs.join(" ")}>${body}</sharedItems>`;
}

/** A numeric field no pivot puts on an axis: its type and range, no items. */
/** The numbers of a column (money as the sheet writes it, empty cells left out): their range, in one pass. */
function numberRange(rows: readonly DetailRow[], key: DetailKey, integers: boolean): string {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let fractional = false;
  const money = DETAIL_MONEY_KEYS.some((k) => k === key);
  for (const r of rows) {
    const cell = r[key];
    if (cell === null || typeof cell === "string") continue;
    const v = money ? centsNumber(cell) : cell;
    count++;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!fractional && !Number.isInteger(v)) fractional = true;
  }
  if (count === 0) return '<sharedItems containsSemiMixedTypes="0" containsString="0"/>';
  const int = integers || !fractional ? ' containsInteger="1"' : "";
  return (
    `<sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1"${int} ` +
    `minValue="${min}" maxValue="${max}"/>`
  );
}

/**
 * One PivotTable on 汇总, starting in column A at the block's top row. Several data fields stand side by
 * side (the 值 field, x="-2", on the columns); a page field sits two rows above, every item shown.
 */
export function pivotTableXml(block: PivotBlock, cacheId: number): string {
  const index = (key: DetailKey) => DETAIL_COLUMNS.findIndex((c) => c.key === key);
  const rowField = index(block.rowKey);
  const colField = block.colKey === undefined ? -1 : index(block.colKey);
  const pageField = block.pageKey === undefined ? -1 : index(block.pageKey);
  const dataFields = block.values.map((v) => index(v.key));
  const manyValues = block.values.length > 1;
  const bottom = block.top + block.height - 1;
  const ref = `${cellAddress(block.top, 0)}:${cellAddress(bottom, block.width - 1)}`;
  const pages = pageField >= 0 ? ' rowPageCount="1" colPageCount="1"' : "";
  const location = colField >= 0 || manyValues
    ? `<location ref="${ref}" firstHeaderRow="1" firstDataRow="2" firstDataCol="1"${pages}/>`
    : `<location ref="${ref}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"${pages}/>`;

  const fields = DETAIL_COLUMNS.map((_, i) => {
    const plain = 'compact="0" outline="0" showAll="0"';
    const data = dataFields.includes(i) ? ' dataField="1"' : "";
    if (i === rowField || i === colField) {
      const count = i === rowField ? block.rowValues.length : block.colValues.length;
      const axis = i === rowField ? "axisRow" : "axisCol";
      const items = Array.from({ length: count }, (_, x) => `<item x="${x}"/>`).join("");
      return `<pivotField axis="${axis}"${data} ${plain} defaultSubtotal="0"><items count="${count}">${items}</items></pivotField>`;
    }
    if (i === pageField) {
      // As a spreadsheet writes a page field: each item, then the default (all) item.
      const count = block.pageValues?.length ?? 0;
      const items = Array.from({ length: count }, (_, x) => `<item x="${x}"/>`).join("");
      return `<pivotField axis="axisPage"${data} ${plain}><items count="${count + 1}">${items}<item t="default"/></items></pivotField>`;
    }
    return `<pivotField${data} ${plain}/>`;
  });

  const data = block.values.map((v, k) => v.summary === "sum"
    ? `<dataField name="${escapeAttr(v.caption)}" fld="${dataFields[k]}" baseField="0" baseItem="0" numFmtId="${MONEY_FORMAT}"/>`
    : `<dataField name="${escapeAttr(v.caption)}" fld="${dataFields[k]}" subtotal="count" baseField="0" baseItem="0"/>`);

  const columns = colField >= 0
    ? `<colFields count="1"><field x="${colField}"/></colFields>${axisLines(block.colValues.length, "colItems")}`
    : manyValues
      ? `<colFields count="1"><field x="-2"/></colFields>${valueLines(block.values.length)}`
      : '<colItems count="1"><i/></colItems>';

  return (
    XML_DECLARATION +
    `<pivotTableDefinition xmlns="${MAIN_NS}" name="${escapeAttr(block.name)}" cacheId="${cacheId}" ` +
    'applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" ' +
    `applyWidthHeightFormats="1" dataCaption="值" grandTotalCaption="合计" updatedVersion="8" minRefreshableVersion="3" ` +
    'useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" compact="0" compactData="0" multipleFieldFilters="0">' +
    location +
    `<pivotFields count="${fields.length}">${fields.join("")}</pivotFields>` +
    `<rowFields count="1"><field x="${rowField}"/></rowFields>` +
    axisLines(block.rowValues.length) +
    columns +
    (pageField >= 0 ? `<pageFields count="1"><pageField fld="${pageField}" hier="-1"/></pageFields>` : "") +
    `<dataFields count="${data.length}">${data.join("")}</dataFields>` +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>' +
    "</pivotTableDefinition>"
  );
}

/** The column lines of several data fields: one per field, no grand total. */
function valueLines(count: number): string {
  const lines = Array.from({ length: count }, (_, x) => (x === 0 ? "<i><x/></i>" : `<i i="${x}"><x v="${x}"/></i>`));
  return `<colItems count="${count}">${lines.join("")}</colItems>`;
}

/** The lines of an axis: one per item, then the grand total. */
function axisLines(count: number, element: "rowItems" | "colItems" = "rowItems"): string {
  const lines = Array.from({ length: count }, (_, x) => (x === 0 ? "<i><x/></i>" : `<i><x v="${x}"/></i>`));
  lines.push('<i t="grand"><x/></i>');
  return `<${element} count="${lines.length}">${lines.join("")}</${element}>`;
}
