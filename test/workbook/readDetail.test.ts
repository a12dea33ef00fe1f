/**
 * What the reader found in a file it refuses is a code with parameters, worded in each language: English
 * with no Chinese but the user's own names (quoted), Chinese naming the same place and limit.
 */
import { readDetailText, type ReadDetail, type XmlProblem } from "../../src/workbook/readDetail";
import { ReadError } from "../../src/workbook/readError";

const SHEET = "申报表";
/** Every way the scanner finds a part's XML not well-formed. */
const PROBLEMS: XmlProblem[] = [
  { problem: "unclosed-element" }, { problem: "no-root" }, { problem: "text-outside-root" }, { problem: "cdata-unterminated" },
  { problem: "cdata-outside-root" }, { problem: "more-than-one-root" }, { problem: "bad-tag-name" }, { problem: "unterminated-tag" },
  { problem: "bad-attribute" }, { problem: "attribute-unquoted" }, { problem: "attribute-unterminated" },
  { problem: "end-tag-unterminated" }, { problem: "bad-end-tag" }, { problem: "end-tag-mismatch", found: "R", expected: "row" },
  { problem: "stray-end-tag" }, { problem: "attribute-repeated", name: "r" }, { problem: "too-many-attributes" },
  { problem: "bare-ampersand" }, { problem: "lt-in-attribute" }, { problem: "control-character", char: 1 },
  { problem: "unterminated-markup" },
];
const DETAILS: ReadDetail[] = [
  { d: "row-beyond-grid", sheet: SHEET, found: "1048577", maxRows: 1_048_576 },
  { d: "column-beyond-grid", sheet: SHEET, found: "XFE1", lastColumn: "XFD", maxCols: 16_384 },
  { d: "bad-cell-address", sheet: SHEET, found: "A0" },
  { d: "cell-out-of-order", sheet: SHEET, cell: "B2" },
  { d: "too-many-cells", maxCells: 5_000_000 },
  { d: "bad-row-number", sheet: SHEET, found: "x" },
  { d: "row-out-of-order", sheet: SHEET, row: 3 },
  { d: "too-many-merges", sheet: SHEET, max: 10_000 },
  { d: "too-many-sheet-rows", sheet: SHEET, row: 200_001, maxSheetRows: 200_000, maxTableRows: 150_000 },
  { d: "merges-too-large", sheet: SHEET, maxCells: 1_000_000 },
  { d: "too-many-styles", part: "xl/styles.xml", style: "cellXfs", max: 65_490 },
  { d: "relationship-incomplete", part: "xl/_rels/workbook.xml.rels" },
  { d: "no-such-sheet", sheet: SHEET },
  { d: "sheet-content-missing", sheet: SHEET },
  { d: "no-workbook-part" },
  { d: "input-too-large", bytes: 90 * 1024 * 1024, max: 80 * 1024 * 1024 },
  { d: "no-end-record" }, { d: "zip64" }, { d: "split-zip" }, { d: "directory-past-end" }, { d: "entries-overlap" },
  { d: "too-many-entries", count: 1_001, max: 1_000 },
  { d: "directory-entry-damaged", index: 2 },
  { d: "entry-encrypted", entry: "xl/workbook.xml" },
  { d: "compression-method", entry: "xl/workbook.xml", method: 12 },
  { d: "unsafe-entry-name", entry: "../x" },
  { d: "entry-inflates-past", entry: "xl/worksheets/sheet1.xml", max: 524_288_000 },
  { d: "entry-ratio", entry: "xl/worksheets/sheet1.xml", compressed: 20_742, ratio: 100 },
  { d: "entry-past-recorded", entry: "xl/worksheets/sheet1.xml", recorded: 1_000 },
  { d: "total-inflated", max: 500 * 1024 * 1024 },
  { d: "entry-sizes-disagree", entry: "xl/styles.xml" },
  { d: "entry-past-end", entry: "xl/styles.xml" },
  { d: "local-header-missing", entry: "xl/styles.xml" },
  { d: "part-missing", part: "xl/styles.xml" },
  { d: "entry-cannot-inflate", entry: "xl/styles.xml" },
  { d: "entry-checksum", entry: "xl/styles.xml" },
  { d: "part-text-too-long", part: "xl/sharedStrings.xml" },
  ...PROBLEMS.map((problem): ReadDetail => ({ d: "xml", part: "xl/worksheets/sheet1.xml", at: 12, problem })),
  { d: "declaration", part: "xl/workbook.xml", declared: "DOCTYPE" },
  { d: "entity-unterminated", part: "xl/sharedStrings.xml" },
  { d: "entity-unknown", part: "xl/sharedStrings.xml", ref: "nbsp" },
  { d: "too-many-table-rows", rows: 150_001, max: 150_000 },
  { d: "is-directory" }, { d: "not-regular-file" }, { d: "no-such-file" }, { d: "permission-denied" },
  { d: "unexpected", message: "Cannot read properties of undefined" },
];
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe("the reader's details, per language", () => {
  it("an XML problem reads as before: the part, what is wrong, and where", () => {
    const x: ReadDetail = { d: "xml", part: "xl/worksheets/sheet1.xml", at: 40, problem: { problem: "end-tag-mismatch", found: "R", expected: "row" } };
    expect(readDetailText(x, "zh")).toBe("xl/worksheets/sheet1.xml：结束标签 </R> 与开始标签 <row> 不匹配（位置 40）");
    expect(readDetailText(x, "en")).toBe("xl/worksheets/sheet1.xml: end tag </R> does not match start tag <row> (offset 40)");
    expect(readDetailText({ d: "xml", part: "p.xml", at: 3, problem: { problem: "control-character", char: 0x1b } }, "en")).toBe("p.xml: control character U+001B (offset 3)");
  });

  it.each(DETAILS.map((x) => [x.d === "xml" ? `xml ${x.problem.problem}` : x.d, x] as const))("%s: English but for the quoted sheet name", (_d, x) => {
    expect(readDetailText(x, "en").split(`"${SHEET}"`).join("")).not.toMatch(CJK);
    // An unexpected failure's own message is quoted as it is, in both languages.
    if (x.d !== "unexpected") expect(readDetailText(x, "zh")).toMatch(CJK);
  });

  it("ReadError carries the code, worded only when shown", () => {
    const e = new ReadError("limits", { d: "too-many-merges", sheet: SHEET, max: 10_000 });
    expect(e.found).toEqual({ d: "too-many-merges", sheet: SHEET, max: 10_000 });
    expect([readDetailText(e.found!, "zh"), readDetailText(e.found!, "en")]).toEqual(["工作表「申报表」的合并单元格超过 10000 个", 'sheet "申报表" has more than 10000 merged ranges']);
  });
});
