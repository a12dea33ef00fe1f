/**
 * The smallest xlsx packages that Excel's format allows, assembled from XML text, for tests that need a
 * part exactly so (hostile or unusual content a spreadsheet program would never write).
 */
import { writeZip, type ZipWriteEntry } from "../../src/workbook/zip";
import { escapeAttr, escapeText } from "../../src/workbook/xml";
import { columnLetters } from "../../src/workbook/xlsx";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface MinimalSheet {
  readonly name: string;
  /** The whole worksheet part, or just what goes inside <sheetData> when `rows` is used instead. */
  readonly xml?: string;
  readonly rows?: string;
  /** Extra XML after </sheetData> (mergeCells …). */
  readonly after?: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface MinimalWorkbook {
  readonly sheets: readonly MinimalSheet[];
  /** Plain strings for the shared-string table, or the whole part as XML. */
  readonly sharedStrings?: readonly string[] | { readonly xml: string };
  readonly stylesXml?: string;
  readonly workbookXml?: string;
  readonly date1904?: boolean;
  readonly activeTab?: number;
  readonly extra?: readonly ZipWriteEntry[];
}

export function worksheetXml(rows: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

export function sharedStringsXml(strings: readonly string[]): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${escapeText(s)}</t></si>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS_MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}

/** The zip entries of a minimal workbook (so a test can change one before zipping). */
export function minimalEntries(wb: MinimalWorkbook): ZipWriteEntry[] {
  const sheetEntries = wb.sheets.map((s, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data: s.xml ?? worksheetXml(s.rows ?? "", s.after ?? ""),
  }));
  const sheetTags = wb.sheets
    .map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const workbook =
    wb.workbookXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<workbookPr${wb.date1904 ? ' date1904="1"' : ""}/><bookViews><workbookView activeTab="${wb.activeTab ?? 0}"/></bookViews>` +
      `<sheets>${sheetTags}</sheets></workbook>`;
  const n = wb.sheets.length;
  const rels = [
    ...wb.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    wb.sharedStrings ? `<Relationship Id="rId${n + 1}" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>` : "",
    wb.stylesXml ? `<Relationship Id="rId${n + 2}" Type="${REL_TYPE}/styles" Target="styles.xml"/>` : "",
  ].join("");
  const entries: ZipWriteEntry[] = [
    {
      name: "[Content_Types].xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        wb.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        `</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: "xl/workbook.xml", data: workbook },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    ...sheetEntries,
  ];
  if (wb.sharedStrings) {
    const ss = wb.sharedStrings;
    entries.push({ name: "xl/sharedStrings.xml", data: "xml" in ss ? ss.xml : sharedStringsXml(ss as readonly string[]) });
  }
  if (wb.stylesXml) entries.push({ name: "xl/styles.xml", data: wb.stylesXml });
  entries.push(...(wb.extra ?? []));
  return entries;
}

export function minimalXlsx(wb: MinimalWorkbook): Uint8Array {
  return writeZip(minimalEntries(wb));
}

/** A workbook of one sheet "Sheet1" with these rows (the inside of <sheetData>). */
export function oneSheet(rows: string, extra: Omit<MinimalWorkbook, "sheets"> & { after?: string } = {}): Uint8Array {
  return minimalXlsx({ ...extra, sheets: [{ name: "Sheet1", rows, after: extra.after }] });
}

/** A cell of an application sheet as a program writes it: a number, or inline text. */
export function cellXml(row: number, col: number, v: string | number): string {
  const r = `${columnLetters(col)}${row}`;
  return typeof v === "number" ? `<c r="${r}"><v>${v}</v></c>` : `<c r="${r}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
}

/** Rows of cells from row `first` on, each value in its column from A. */
export function rowsXml(rows: readonly (readonly (string | number)[])[], first = 1): string {
  return rows.map((cells, i) => `<row r="${first + i}">${cells.map((v, c) => cellXml(first + i, c, v)).join("")}</row>`).join("");
}

/** A credit code registered in 海州区 (valid check character), for application rows. */
export const HZ = "91320706MA1XKQ8L3T";
/** The application table's header row as the hostile tests write it (APPLICATION-TABLE.md's columns). */
export const HEAD = ["单位名称", "统一社会信用代码", "所属县区", "申报年度", "支持事项", "事项日期", "证书/合同/案件编号", "申请金额（元）"];
