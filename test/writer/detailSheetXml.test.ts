import { BLANK_LABEL, UNRECOGNISED_ITEM_LABEL, buildDetailSheet, type DetailRow } from "../../src/output/detail";
import { writeDetailSheetXml } from "../../src/writer/detailSheetXml";
import { writePlanSheetXml } from "../../src/writer/planSheetXml";
import { sheetDigest } from "../../src/writer/ownership";
import { SharedStringTable } from "../../src/writer/sharedStringsPart";
import type { AnnotationStyles } from "../../src/writer/stylesPart";

const styles = { money: 11, boldMoney: 12, bold: 13, link: 14, wrap: 15, errorDxf: 0, warningDxf: 1, fontSize: 11 } as unknown as AnnotationStyles;

function row(over: Partial<DetailRow>): DetailRow {
  return {
    file: "申报表.xlsx", row: 5, unit: "连云港某某科技有限公司", creditCode: "91320700MA1XXXXXX1", district: "海州区", year: 2026,
    itemCode: "INVENTION_GRANT", itemName: "发明专利授权", clause: "01 （一）", verdict: "通过",
    requested: 500_000, approvable: 500_000, pending: 0, excess: 0, codes: "", level: "",
    ...over,
  };
}

/** Rows that reach every branch: blanks, an empty year, long and odd texts, large and negative-zero money. */
const ROWS: DetailRow[] = [
  row({}),
  row({ row: 6, year: null, itemCode: "", itemName: UNRECOGNISED_ITEM_LABEL, clause: "", district: BLANK_LABEL, codes: "NO_ITEM, NO_YEAR" }),
  row({ row: 7, unit: "甲".repeat(40), requested: 12_345_678_901_234, approvable: -0 }),
  row({ row: 8, unit: " lead & <trail> ", creditCode: "a\nb", file: "x\uD800y", excess: 10 }),
  row({ row: 1048576, unit: "申报表.xlsx", year: 1999 }),
  // Amounts with fractions of a yuan, and the same texts as the row above (their bytes kept by the digest).
  row({ row: 9, unit: "申报表.xlsx", requested: 12_345, approvable: 120, pending: 5, excess: 12_220 }),
  row({ row: 10, unit: "申报表.xlsx", requested: -50, approvable: -12_345, pending: 1e15 + 1, excess: 999_999_999_999_999 }),
];

function written(write: (sink: { write: (t: string) => void }) => string): { xml: string; digest: string } {
  const pieces: string[] = [];
  const digest = write({ write: (t) => void pieces.push(t) });
  return { xml: pieces.join(""), digest };
}

describe("审核明细 written from its rows", () => {
  test.each([
    ["with the workbook's shared strings", true],
    ["with inline strings", false],
  ])("is the sheet its plan gives, byte for byte, %s", (_, shared) => {
    const tables = { tables: ["rId1"] };
    const a = shared ? new SharedStringTable() : undefined;
    const b = shared ? new SharedStringTable() : undefined;
    const direct = written((out) => writeDetailSheetXml(out, ROWS, styles, tables, a));
    const planned = written((out) => writePlanSheetXml(out, buildDetailSheet(ROWS), styles, tables, b));
    expect(direct.xml).toBe(planned.xml);
    expect(direct.digest).toBe(planned.digest);
    if (a && b) expect([...Array(a.appended).keys()].map((i) => a.text(i))).toEqual([...Array(b.appended).keys()].map((i) => b.text(i)));
  });

  test("its digest is the one a later check reads back from the part", () => {
    const { xml, digest } = written((out) => writeDetailSheetXml(out, ROWS, styles, {}));
    expect(sheetDigest(xml, "xl/worksheets/sheet9.xml", () => undefined)).toBe(digest);
  });

  test("a column of long names stops at the widest a text column takes, a money column never does", () => {
    // The largest amount the check keeps: 2^53 − 1 分.
    const rows = [row({ unit: "乙".repeat(100), requested: Number.MAX_SAFE_INTEGER })];
    const { xml } = written((out) => writeDetailSheetXml(out, rows, styles, {}));
    expect(xml).toContain('<col min="3" max="3" width="60" customWidth="1"/>');
    // "90,071,992,547,409.91": 21 characters and the padding.
    expect(xml).toMatch(/<col min="11" max="11" width="2\d" customWidth="1"\/>/);
  });

  test("a row whose text is wider than its column wraps there: a long list of codes never spills past the sheet's last column", () => {
    // Six codes: wider than the widest a text column takes. Spilling past 问题代码, the last column, the text
    // printed on a page of its own.
    const codes = "NO_CREDIT_CODE, UNKNOWN_DISTRICT, UNIT_AMBIGUOUS, OVER_ELIGIBLE, NO_EVENT_DATE, HIDDEN_ROW";
    const rows = [row({}), row({ row: 6, codes }), row({ row: 7, codes: "OVER_ELIGIBLE" })];
    const { xml } = written((out) => writeDetailSheetXml(out, rows, styles, {}));
    const cell = (ref: string) => new RegExp(`<c r="${ref}"([^>]*)>`).exec(xml)![1];
    expect(xml).toContain('<col min="15" max="15" width="60" customWidth="1"/>');
    // styles.wrap is 15: the long row's text wraps, its row growing to fit; the other rows are as before.
    expect(cell("O3")).toContain('s="15"');
    expect(cell("C3")).toContain('s="15"');
    expect(cell("O4")).not.toContain("s=");
    expect(cell("C2")).not.toContain("s=");
    expect(xml).not.toMatch(/<row r="3"[^>]* ht=/);
  });

  test("a sheet without rows still has its header and its dimension reaches row 1", () => {
    const { xml } = written((out) => writeDetailSheetXml(out, [], styles, {}));
    expect(xml).toContain('<dimension ref="A1:P1"/>');
    expect(xml).toContain('<row r="1"><c r="A1" s="13" t="inlineStr">');
  });
});
