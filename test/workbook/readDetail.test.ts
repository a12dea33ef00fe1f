/**
 * What the reader found in a file it refuses is a code with parameters, worded in each language: English
 * with no Chinese but the user's own names (quoted), Chinese naming the same place and limit.
 */
import { readDetailText, type ReadDetail } from "../../src/workbook/readDetail";
import { ReadError } from "../../src/workbook/readError";

const SHEET = "申报表";
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
];
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe("the reader's details, per language", () => {
  it.each(DETAILS.map((x) => [x.d, x] as const))("%s: English but for the quoted sheet name", (_d, x) => {
    expect(readDetailText(x, "en").split(`"${SHEET}"`).join("")).not.toMatch(CJK);
    expect(readDetailText(x, "zh")).toMatch(CJK);
  });

  it("ReadError carries both words of a detail code", () => {
    const e = new ReadError("limits", { d: "too-many-merges", sheet: SHEET, max: 10_000 });
    expect([e.reason, e.detail, e.detailEn]).toEqual(["limits", "工作表「申报表」的合并单元格超过 10000 个", 'sheet "申报表" has more than 10000 merged ranges']);
  });
});
