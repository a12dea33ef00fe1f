/**
 * The blank application workbook (`lygip template`): the table's columns in order with their template
 * headers, formats and drop-down lists, a hidden sheet holding the lists, and a sheet explaining each column.
 * Written part by part with the product's own package writer, as the annotated copy is, so the command line
 * needs no spreadsheet library at run time; the same layout feeds the task pane (templateLayout.ts).
 */
import { COLUMNS } from "../engine/columns";
import { EDITION, canonicalOutcomes } from "../policy";
import { cellXmlAt, type CellValue } from "./sheetCells";
import { minimalPackageEntries } from "./minimalPackage";
import { MAIN_NS, REL_NS } from "../workbook/xlsx/ooxmlNames";
import { XML_DECLARATION } from "./xmlScan";
import { columnLetters } from "../workbook/xlsx/cellRef";
import { escapeAttr, escapeText } from "../workbook/xml";
import { writeZip } from "../workbook/zip";
import { GUIDE } from "./templateGuide";
import {
  GUIDE_SHEET, OPTIONS_SHEET, TEMPLATE_DATA_ROWS, TEMPLATE_SHEET, WIDTHS, numberFormatOf, optionLists, optionRange,
  eventItems, outcomeOptionList, type OptionList,
} from "../workbook/templateLayout";
import { STYLE, columnStyle, templateStylesXml } from "./templateStyles";

export * from "../workbook/templateLayout";


/** The lists of the options sheet, in its column order: the table's lists, then the outcomes. */
export function templateLists(): readonly OptionList[] {
  return [...optionLists(), outcomeOptionList()];
}

/** The template as bytes: the same every time (no date of writing anywhere in it). */
export function buildTemplate(): Uint8Array {
  const sheets: readonly { name: string; hidden?: boolean; xml: string }[] = [
    { name: TEMPLATE_SHEET, xml: tableSheetXml() },
    { name: OPTIONS_SHEET, hidden: true, xml: optionsSheetXml() },
    { name: GUIDE_SHEET, xml: guideSheetXml() },
  ];
  return writeZip(minimalPackageEntries(sheets, templateStylesXml(), '<workbookView activeTab="0"/>'));
}

/** One sheet row: its cells by 0-based column (holes allowed), with an optional height in points. */
interface Row {
  readonly cells: readonly (CellValue | undefined)[];
  readonly height?: number;
}

const text = (t: string, style?: number): CellValue => ({ kind: "text", text: t, style: style === undefined ? undefined : String(style) });
const value = (v: string | number, style?: number): CellValue =>
  typeof v === "number" ? { kind: "number", value: v, style: style === undefined ? undefined : String(style) } : text(v, style);

/** A worksheet part: frozen header rows, column widths and formats, the rows, then what follows sheetData. */
function worksheetXml(rows: readonly (Row | undefined)[], cols: readonly { width: number; style?: number }[], opts: { frozenRows?: number; after?: string } = {}): string {
  const frozen = opts.frozenRows ?? 0;
  const view = frozen
    ? `<sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  const colsXml = cols
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}"${c.style ? ` style="${c.style}"` : ""} customWidth="1"/>`)
    .join("");
  let data = "";
  rows.forEach((row, i) => {
    if (!row) return;
    const r = i + 1;
    const cells = row.cells.map((c, col) => (c ? cellXmlAt(columnLetters(col), r, c, "") : "")).join("");
    const height = row.height ? ` ht="${row.height}" customHeight="1"` : "";
    data += `<row r="${r}"${height}>${cells}</row>`;
  });
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (colsXml ? `<cols>${colsXml}</cols>` : "") +
    `<sheetData>${data}</sheetData>${opts.after ?? ""}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}

function tableSheetXml(): string {
  const header: Row = {
    cells: COLUMNS.map((c) => text(c.headers[0], c.required ? STYLE.requiredHeader : STYLE.header)),
    height: 20,
  };
  const cols = COLUMNS.map((c) => ({ width: WIDTHS[c.key], style: columnStyle(numberFormatOf(c)) }));
  const lists = templateLists();
  const validations = lists.map((list, i) => {
    const column = COLUMNS.find((c) => c.key === list.key)!;
    const letter = columnLetters(COLUMNS.indexOf(column));
    // A warning, not a stop: codes, aliases and other spellings are accepted too (APPLICATION-TABLE.md); the
    // outcome column takes a narrated outcome as well (decision 17), so a typed one gets only a note.
    const style = list.key === "outcome" ? "information" : "warning";
    // One line: a line break inside an XML attribute is read back as a space.
    const error = `请从下拉列表选择${column.headers[0]}；${list.hint.zh} Please pick from the list. ${list.hint.en}`;
    return (
      `<dataValidation type="list" errorStyle="${style}" allowBlank="1" showErrorMessage="1" ` +
      `errorTitle="${escapeAttr("不在列表中 / Not in the list")}" error="${escapeAttr(error)}" sqref="${letter}2:${letter}${TEMPLATE_DATA_ROWS + 1}">` +
      `<formula1>${escapeText(optionRange(i, list.values.length))}</formula1></dataValidation>`
    );
  });
  return worksheetXml([header], cols, {
    frozenRows: 1,
    after: `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`,
  });
}

/** The hidden lists, one column each, headed by the table column they feed. */
function optionsSheetXml(): string {
  const lists = templateLists();
  const longest = lists.reduce((most, l) => Math.max(most, l.values.length), 0);
  const rows: Row[] = [{ cells: lists.map((l) => text(COLUMNS.find((c) => c.key === l.key)!.headers[0], STYLE.bold)) }];
  for (let r = 0; r < longest; r++) rows.push({ cells: lists.map((l) => (r < l.values.length ? value(l.values[r]) : undefined)) });
  return worksheetXml(rows, lists.map(() => ({ width: 40 })));
}

function guideSheetXml(): string {
  const rows: (Row | undefined)[] = [
    { cells: [text(`${EDITION.title}《${EDITION.name}》申报表填写说明`, STYLE.title)] },
    { cells: [text(`How to fill in the application table (${EDITION.titleEn}). 红色表头为必填列 / Red headers are required.`, STYLE.subtitle)] },
    undefined,
    { cells: ["列 / Column", "必填 / Required", "说明 / Explanation", "也可识别的表头 / Also accepted"].map((t) => text(t, STYLE.guideHead)) },
  ];
  for (const column of COLUMNS) {
    const words = GUIDE[column.key];
    rows.push({
      cells: [
        text(column.headers[0], STYLE.bold), text(column.required ? "是" : "否"), text(words.zh, STYLE.wrap),
        column.headers.length > 1 ? text(column.headers.slice(1).join("、"), STYLE.wrap) : undefined,
      ],
    });
    // English beneath the Chinese, in grey.
    rows.push({ cells: [column.en, column.required ? "yes" : "no", words.en].map((t) => text(t, STYLE.greyWrap)) });
  }
  rows.push(undefined);
  rows.push({ cells: [text("金额单位为元；表头写明（万元）时，该列按万元读取。")] });
  rows.push({ cells: [text("Amounts are in yuan; a header marked (万元) makes the column read in units of 10,000 yuan.", STYLE.grey)] });
  rows.push(undefined);
  rows.push({ cells: [text("结果/状态 可选的结果 / Outcomes by item", STYLE.guideHead), undefined, text("下拉列表中的写法 / As in the drop-down list", STYLE.guideHead)] });
  for (const item of eventItems()) {
    const outcomes = canonicalOutcomes(item.code);
    if (outcomes.length) rows.push({ cells: [text(item.name, STYLE.bold), undefined, text(outcomes.join(" / "), STYLE.wrap)] });
  }
  return worksheetXml(rows, [{ width: 22 }, { width: 12 }, { width: 90 }, { width: 50 }]);
}
