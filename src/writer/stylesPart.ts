/**
 * The styles the annotation needs, appended to styles.xml: two differential formats for the marks (red
 * fill for errors, yellow for warnings), a bold and a link font, and the cell formats for money, bold,
 * bold money, links and wrapped text, and a fill for each 审核结论. Existing entries are never renumbered or changed; an entry that is already there
 * (from an earlier run) is found and reused, so a re-run adds nothing.
 */
import { VERDICTS, type Verdict } from "../engine/types";
import { VERDICT_FILLS } from "../output/labels";
import {
  XML_DECLARATION, XmlShapeError, attributes, childByName, childElements, elementsByName, expandEmpty, insertionPoint,
  rootElement, splice, withAttribute, type ElementSpan,
} from "./xmlScan";
import { MAIN_NS } from "../workbook/xlsx/ooxmlNames";

const PART = "styles.xml";

/** CT_Stylesheet's sequence. */
const STYLESHEET_ORDER = [
  "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst",
] as const;

/**
 * Excel's own highlight presets, as Excel writes them: "light red fill with dark red text" for errors,
 * "yellow fill with dark yellow text" for warnings (the task pane uses the same colours).
 */
export const ERROR_DXF = '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>';
export const WARNING_DXF = '<dxf><font><color rgb="FF9C5700"/></font><fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf>';

/** A thin black rule on every side of a cell: the form's grid, printed in black and white. */
const THIN_BORDER =
  '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' +
  '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>';

/** Built-in number format 4 is #,##0.00 in every locale's Excel: no custom format needed. */
const MONEY_FORMAT_ID = 4;
const LINK_COLOR = "FF0563C1";

export interface AnnotationStyles {
  readonly errorDxf: number;
  readonly warningDxf: number;
  /** cellXfs indexes. */
  readonly money: number;
  readonly bold: number;
  readonly boldMoney: number;
  readonly link: number;
  /** Wrapped text, top-aligned: 审核说明, whose explanations run to several lines. */
  readonly wrap: number;
  /** 审核结论 cells, filled by verdict. */
  readonly verdict: Readonly<Record<Verdict, number>>;
  /** Size in points of the workbook's default font: what a printed page's scale is measured against. */
  readonly fontSize: number;
  /** The printed form (审核意见表): its title, and its ruled cells by what they hold. */
  readonly form: FormStyles;
}

/** cellXfs indexes of the form's cells: thin black rules, centred vertically, so it prints in black and white. */
export interface FormStyles {
  readonly title: number;
  readonly header: number;
  readonly text: number;
  readonly center: number;
  readonly money: number;
  readonly totalText: number;
  readonly totalMoney: number;
}

/** A styles part for a workbook that has none: Excel's minimal defaults. */
export function minimalStyles(): string {
  return (
    XML_DECLARATION +
    `<styleSheet xmlns="${MAIN_NS}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

export function ensureAnnotationStyles(input: string): { xml: string; styles: AnnotationStyles } {
  let xml = input;
  const p = prefixOf(xml);

  const baseFont = fontBasics(xml);
  const boldFont = `<${p}font><${p}b/>${baseFont.sz}${baseFont.color}${baseFont.rest}</${p}font>`;
  const linkFont = `<${p}font><${p}u/>${baseFont.sz}<${p}color rgb="${LINK_COLOR}"/>${baseFont.rest}</${p}font>`;
  const titleFont = `<${p}font><${p}b/><${p}sz val="16"/>${baseFont.color}${baseFont.rest}</${p}font>`;
  const fonts = ensureEntries(xml, "fonts", [boldFont, linkFont, titleFont]);
  xml = fonts.xml;
  const fontIds = fonts.ids;

  const [errorDxf, warningDxf] = [ERROR_DXF, WARNING_DXF].map((d) => (p ? d.replace(/<(\/?)/g, `<$1${p}`) : d));
  const dxfs = ensureEntries(xml, "dxfs", [errorDxf, warningDxf]);
  xml = dxfs.xml;
  const dxfIds = dxfs.ids;

  const verdictFills = ensureEntries(
    xml, "fills",
    VERDICTS.map((v) => `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${VERDICT_FILLS[v]}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`),
  );
  xml = verdictFills.xml;
  const ruled = ensureEntries(xml, "borders", [THIN_BORDER.replace(/<(\/?)/g, `<$1${p}`)]);
  xml = ruled.xml;
  const border = ruled.ids[0];

  const xfId = hasCellStyleXf(xml) ? ' xfId="0"' : "";
  const formXf = (numFmt: number, font: number, align: string) =>
    `<${p}xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="${border}"${xfId} applyFont="1" applyBorder="1" applyAlignment="1"` +
    `${numFmt ? ' applyNumberFormat="1"' : ""}><${p}alignment ${align}/></${p}xf>`;
  const xf = (numFmt: number, font: number, apply: string) =>
    `<${p}xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0"${xfId}${apply}/>`;
  const xfs = ensureEntries(xml, "cellXfs", [
    xf(MONEY_FORMAT_ID, 0, ' applyNumberFormat="1"'),
    xf(0, fontIds[0], ' applyFont="1"'),
    xf(MONEY_FORMAT_ID, fontIds[0], ' applyFont="1" applyNumberFormat="1"'),
    xf(0, fontIds[1], ' applyFont="1"'),
    // Wrapped, bottom-aligned as every other cell of the row (Excel's default, and the pane's): in a tall
    // row the explanation ends on the line of its row's figures, not at the top beside the row above.
    `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"${xfId} applyAlignment="1"><${p}alignment wrapText="1"/></${p}xf>`,
    ...verdictFills.ids.map((fill) => `<${p}xf numFmtId="0" fontId="0" fillId="${fill}" borderId="0"${xfId} applyFill="1"/>`),
    `<${p}xf numFmtId="0" fontId="${fontIds[2]}" fillId="0" borderId="0"${xfId} applyFont="1" applyAlignment="1"><${p}alignment horizontal="center" vertical="center"/></${p}xf>`,
    formXf(0, fontIds[0], 'horizontal="center" vertical="center" wrapText="1"'),
    formXf(0, 0, 'vertical="center" wrapText="1"'),
    formXf(0, 0, 'horizontal="center" vertical="center" wrapText="1"'),
    formXf(MONEY_FORMAT_ID, 0, 'vertical="center"'),
    formXf(0, fontIds[0], 'horizontal="center" vertical="center" wrapText="1"'),
    formXf(MONEY_FORMAT_ID, fontIds[0], 'vertical="center"'),
  ]);
  xml = xfs.xml;
  const xfIds = xfs.ids;
  // The form's styles follow the five plain ones and one per verdict.
  const form = 5 + VERDICTS.length;

  return {
    xml,
    styles: {
      fontSize: fontSizeOf(baseFont.sz),
      errorDxf: dxfIds[0], warningDxf: dxfIds[1], money: xfIds[0], bold: xfIds[1], boldMoney: xfIds[2], link: xfIds[3], wrap: xfIds[4],
      verdict: Object.fromEntries(VERDICTS.map((v, i) => [v, xfIds[5 + i]])) as Record<Verdict, number>,
      form: {
        title: xfIds[form], header: xfIds[form + 1], text: xfIds[form + 2], center: xfIds[form + 3], money: xfIds[form + 4],
        totalText: xfIds[form + 5], totalMoney: xfIds[form + 6],
      },
    },
  };
}

/** `<sz val="10.5"/>` → 10.5; Excel's 11 where the default font states none. */
function fontSizeOf(sz: string): number {
  const size = Number(/val="([\d.]+)"/.exec(sz)?.[1]);
  return Number.isFinite(size) && size > 0 ? size : 11;
}

function prefixOf(xml: string): string {
  const root = rootElement(xml, PART);
  return root.prefix ? `${root.prefix}:` : "";
}

/** The collection element (fonts, dxfs, cellXfs), created empty in its place if the part lacks it. */
function collection(xml: string, local: string): { xml: string; el: ElementSpan } {
  const root = rootElement(xml, PART);
  let el = childByName(xml, root, local, PART);
  if (!el) {
    const at = insertionPoint(xml, root, local, STYLESHEET_ORDER, PART);
    const qname = root.prefix ? `${root.prefix}:${local}` : local;
    xml = splice(xml, at, at, `<${qname} count="0"></${qname}>`);
  } else if (el.selfClosing) {
    xml = expandEmpty(xml, el);
  }
  el = childByName(xml, rootElement(xml, PART), local, PART)!;
  return { xml, el };
}

/**
 * The index of each entry in the collection: an identical entry already there is reused, others appended
 * (an entry given twice is appended once). The count attribute follows the number of entries. The
 * collection is read once and the new entries added in one piece: read again after each entry, a
 * workbook's thousands of cell formats were scanned once for each of ours.
 */
function ensureEntries(input: string, local: string, entries: readonly string[]): { xml: string; ids: number[] } {
  const found = collection(input, local);
  const el = found.el;
  let xml = found.xml;
  const children = childElements(xml, el, PART);
  // The first of identical entries is the one reused.
  const indexOf = new Map<string, number>();
  children.forEach((c, i) => {
    const text = xml.slice(c.start, c.end);
    if (!indexOf.has(text)) indexOf.set(text, i);
  });
  let count = children.length;
  let added = "";
  const ids = entries.map((entry) => {
    let id = indexOf.get(entry);
    if (id === undefined) {
      id = count++;
      indexOf.set(entry, id);
      added += entry;
    }
    return id;
  });
  // Added inside the collection, after its open tag: the open tag's span holds.
  if (added) xml = splice(xml, el.innerEnd, el.innerEnd, added);
  if (attributes(xml, el).get("count") !== String(count)) {
    xml = splice(xml, el.start, el.openEnd, withAttribute(xml, el, "count", String(count)));
  }
  return { xml, ids };
}

/** Size, name, family, charset and scheme of the default font, so our fonts match the workbook's text. */
function fontBasics(xml: string): { sz: string; color: string; rest: string } {
  const root = rootElement(xml, PART);
  const fonts = childByName(xml, root, "fonts", PART);
  const first = fonts ? childElements(xml, fonts, PART)[0] : undefined;
  if (!first) throw new XmlShapeError(PART, "no default font");
  const parts = childElements(xml, first, PART);
  const pick = (names: readonly string[]) =>
    parts.filter((c) => names.includes(c.local)).map((c) => xml.slice(c.start, c.end)).join("");
  return { sz: pick(["sz"]), color: pick(["color"]), rest: pick(["name", "family", "charset", "scheme"]) };
}

function hasCellStyleXf(xml: string): boolean {
  const root = rootElement(xml, PART);
  const el = childByName(xml, root, "cellStyleXfs", PART);
  return !!el && elementsByName(xml, "xf", el).length > 0;
}
