/**
 * 插入申报模板: a sheet with the template's headers (APPLICATION-TABLE.md, first header of each column), its
 * number formats, and drop-down lists of items, levels, districts and years drawn from a hidden sheet. The
 * layout is the command line's own (src/workbook/templateLayout.ts); nothing existing is overwritten: a
 * taken sheet name gets a number.
 */
import { COLUMNS } from "../../engine";
import { toOfficeValue } from "../../output";
import { numberFormatOf, optionLists, OPTIONS_SHEET, TEMPLATE_DATA_ROWS, TEMPLATE_SHEET } from "../../workbook";
import { cellAddress, columnLetters, quoteSheet, rangeAddress } from "./address";

export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

/** Adds the template sheet (and its hidden lists) and selects it; returns its name. Two syncs. */
export async function insertTemplate(context: Excel.RequestContext): Promise<string> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name));
  const name = freeName(TEMPLATE_SHEET, taken);
  const listsName = freeName(OPTIONS_SHEET, new Set([...taken, name]));

  const table = context.workbook.worksheets.add(name);
  const lists = context.workbook.worksheets.add(listsName);
  const last = COLUMNS.length - 1;
  const header = table.getRange(rangeAddress({ top: 1, bottom: 1, left: 0, right: last }));
  header.values = [COLUMNS.map((c) => toOfficeValue(c.headers[0]))];
  header.format.font.bold = true;

  const body = table.getRange(rangeAddress({ top: 2, bottom: TEMPLATE_DATA_ROWS + 1, left: 0, right: last }));
  const formatRow = COLUMNS.map(numberFormatOf);
  body.numberFormat = Array.from({ length: TEMPLATE_DATA_ROWS }, () => formatRow);

  optionLists().forEach((list, i) => {
    const column = COLUMNS.findIndex((c) => c.key === list.key);
    const cells = lists.getRange(rangeAddress({ top: 1, bottom: list.values.length + 1, left: i, right: i }));
    cells.values = [[toOfficeValue(COLUMNS[column].headers[0])], ...list.values.map((v) => [toOfficeValue(v)])];
    const source = `=${quoteSheet(listsName)}!$${columnLetters(i)}$2:$${columnLetters(i)}$${list.values.length + 1}`;
    table.getRange(rangeAddress({ top: 2, bottom: TEMPLATE_DATA_ROWS + 1, left: column, right: column })).dataValidation.rule = {
      list: { inCellDropDown: true, source },
    };
  });
  lists.visibility = "Hidden";
  table.activate();
  table.getRange(cellAddress(2, 0)).select();
  await context.sync();
  return name;
}
