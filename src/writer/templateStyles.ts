/**
 * The template's styles part and the cell formats its sheets refer to. Written whole: the template starts
 * from nothing, so every index below is fixed here and nowhere else.
 */
import { NUMBER_FORMATS, TEXT_FORMAT } from "../workbook/templateLayout";
import { XML_DECLARATION } from "./xmlScan";
import { escapeAttr } from "../workbook/xml";
import { MAIN_NS } from "../workbook/xlsx/ooxmlNames";

const HEADER_FILL = "FFDDEBF7";
const REQUIRED_RED = "FFC00000";
const GREY = "FF7F7F7F";

/** Number formats: built-in ids where Excel has one in every locale, one custom id (164) for the date. */
const FORMAT_IDS: ReadonlyMap<string, number> = new Map([
  ["General", 0], [TEXT_FORMAT, 49], ["0", 1], ["#,##0.00", 4], ["0.00%", 10], [NUMBER_FORMATS.date, 164],
]);

/** Fonts, fills and borders by index, as listed in the part below. */
const FONTS = [
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>',
  `<font><b/><sz val="11"/><color rgb="${REQUIRED_RED}"/><name val="Calibri"/><family val="2"/></font>`,
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>',
  '<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>',
  `<font><sz val="11"/><color rgb="${GREY}"/><name val="Calibri"/><family val="2"/></font>`,
] as const;
const [PLAIN, BOLD, BOLD_RED, TITLE, ITALIC_GREY, GREY_FONT] = [0, 1, 2, 3, 4, 5];

/** The cell formats (cellXfs) the sheets use, by what they are for. */
export const STYLE = {
  /** One per number format of the table's columns, in FORMAT_IDS order (see `columnStyle`). */
  general: 0, text: 1, integer: 2, money: 3, rate: 4, date: 5,
  header: 6, requiredHeader: 7, bold: 8, title: 9, subtitle: 10, guideHead: 11, wrap: 12, greyWrap: 13, grey: 14,
} as const;

const CENTRED = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
const TOP_WRAPPED = '<alignment vertical="top" wrapText="1"/>';
const xf = (numFmt: number, font: number, fill: number, border: number, alignment = ""): string =>
  `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
  (numFmt ? ' applyNumberFormat="1"' : "") + (font ? ' applyFont="1"' : "") + (fill ? ' applyFill="1"' : "") +
  (border ? ' applyBorder="1"' : "") + (alignment ? ` applyAlignment="1">${alignment}</xf>` : "/>");

/** In STYLE's order. */
const CELL_XFS = [
  ...[...FORMAT_IDS.values()].map((id) => xf(id, PLAIN, 0, 0)),
  xf(49, BOLD, 2, 1, CENTRED),
  xf(49, BOLD_RED, 2, 1, CENTRED),
  xf(0, BOLD, 0, 0),
  xf(0, TITLE, 0, 0),
  xf(0, ITALIC_GREY, 0, 0),
  xf(0, BOLD, 2, 0),
  xf(0, PLAIN, 0, 0, TOP_WRAPPED),
  xf(0, GREY_FONT, 0, 0, TOP_WRAPPED),
  xf(0, GREY_FONT, 0, 0),
];

/** The cell format of a number format of templateLayout.ts (NUMBER_FORMATS, TEXT_FORMAT). */
export function columnStyle(numberFormat: string): number {
  const index = [...FORMAT_IDS.keys()].indexOf(numberFormat);
  if (index < 0) throw new Error(`the template has no cell format for the number format ${numberFormat}`);
  return index;
}

export function templateStylesXml(): string {
  const custom = [...FORMAT_IDS].filter(([, id]) => id >= 164);
  return (
    XML_DECLARATION +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="${custom.length}">${custom.map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`).join("")}</numFmts>` +
    `<fonts count="${FONTS.length}">${FONTS.join("")}</fonts>` +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/></patternFill></fill></fills>` +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left/><right/><top/><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${CELL_XFS.length}">${CELL_XFS.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

