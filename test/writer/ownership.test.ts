/**
 * The ownership record's digests: what the writer records for a value is what a later check reads back
 * from the cell, whatever the text holds; a cell changed in any way no longer matches.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { cellAddress } from "../../src/output/cellRef";
import { CellDigest, cellValueOf, parseRecord, recordXml, sheetDigest } from "../../src/writer/ownership";
import { writtenKey } from "../../src/writer/resultColumns";
import { cellXml, type CellValue } from "../../src/writer/sheetCells";
import { planSheetXml, writePlanSheetXml } from "../../src/writer/planSheetXml";
import type { AnnotationStyles } from "../../src/writer/stylesPart";
import type { PlanSheet } from "../../src/output/types";

const digestOf = (keys: Parameters<CellDigest["add"]>[0][]) => {
  const d = new CellDigest();
  for (const k of keys) d.add(k);
  return d.hex();
};

const noStrings = () => undefined;
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

describe("the digest of a written cell", () => {
  const values: CellValue[] = [
    { kind: "text", text: "第一行\r\n第二行" },
    { kind: "text", text: " 前后空格 " },
    { kind: "text", text: "_x0041_ 看似转义" },
    { kind: "text", text: "控制\u0001字符\u0008" },
    { kind: "text", text: "<&>\"'" },
    { kind: "text", text: "=SUM(A1)" },
    { kind: "number", value: 0.1 + 0.2 },
    { kind: "number", value: 1234567.89 },
    { kind: "number", value: -0 },
  ];
  test.each(values.map((v) => [JSON.stringify(v), v] as const))("%s reads back as written", (_, value) => {
    const read = cellValueOf(cellXml(5, 9, value, ""), 5, "sheet", noStrings);
    expect(digestOf([read!])).toBe(digestOf([writtenKey(5, 9, value)]));
  });

  it("is the same whether the text is inline or shared (a copy Excel saved again)", () => {
    const inline = cellValueOf('<c r="J5" t="inlineStr"><is><t>可核定</t></is></c>', 5, "sheet", noStrings)!;
    const shared = cellValueOf('<c r="J5" t="s" s="7"><v>3</v></c>', 5, "sheet", (i) => (i === 3 ? "可核定" : undefined))!;
    expect(digestOf([shared])).toBe(digestOf([inline]));
  });

  it("is the same for a number Excel writes with 17 digits", () => {
    const ours = cellValueOf('<c r="J5"><v>1234.57</v></c>', 5, "sheet", noStrings)!;
    const excel = cellValueOf('<c r="J5" s="3"><v>1234.5699999999999</v></c>', 5, "sheet", noStrings)!;
    expect(digestOf([excel])).toBe(digestOf([ours]));
  });

  it("reads a cell as the reader does: text in an extension list, a phonetic guide or another namespace is not its value", () => {
    const hidden = cellValueOf(
      '<c r="J5" xmlns:y="urn:other"><extLst><v>37</v></extLst><v>1</v><y:v>9</y:v></c>', 5, "sheet", noStrings,
    )!;
    expect(hidden).toEqual({ row: 5, col: 9, kind: "n", value: "1", formula: undefined });
    const guided = cellValueOf('<c r="J5" t="inlineStr"><is><t>连云港</t><rPh sb="0" eb="3"><t>れんうんこう</t></rPh></is></c>', 5, "sheet", noStrings)!;
    expect(guided.value).toBe("连云港");
    const sheet = `<worksheet xmlns="${NS}"><sheetData><row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row></sheetData>` +
      `<extLst><ext><sheetData><row r="3"><c r="A3"><v>5</v></c></row></sheetData></ext></extLst></worksheet>`;
    expect(sheetDigest(sheet, "sheet", noStrings)).toBe(digestOf([{ row: 2, col: 0, kind: "n", value: "2", formula: "1+1" }]));
  });

  it("differs when the value, the place, the kind or a formula differs", () => {
    const base = digestOf([{ row: 5, col: 9, kind: "n", value: "100" }]);
    expect(digestOf([{ row: 5, col: 9, kind: "n", value: "101" }])).not.toBe(base);
    expect(digestOf([{ row: 6, col: 9, kind: "n", value: "100" }])).not.toBe(base);
    expect(digestOf([{ row: 5, col: 10, kind: "n", value: "100" }])).not.toBe(base);
    expect(digestOf([{ row: 5, col: 9, kind: "s", value: "100" }])).not.toBe(base);
    expect(digestOf([{ row: 5, col: 9, kind: "n", value: "100", formula: "50*2" }])).not.toBe(base);
  });
});

describe("the cell digest's bytes", () => {
  // Any text: ASCII, Chinese, the separator itself, pairs, and lone surrogates (which UTF-8 writes as U+FFFD).
  const unit = fc.oneof(
    fc.constantFrom("a", "9", "连", "\u0001", "\n", "é", "😀"),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  );
  const cell = fc.record({
    row: fc.integer({ min: 1, max: 1_048_576 }),
    col: fc.integer({ min: 0, max: 16_383 }),
    kind: fc.constantFrom("s", "str", "b", "e", "d"),
    value: fc.string({ unit, maxLength: 40 }),
    formula: fc.option(fc.string({ unit, maxLength: 20 }), { nil: undefined }),
  });

  it("is SHA-256 of a UTF-8 line a cell, a lone surrogate at any field's end included (what copies already record)", () => {
    fc.assert(fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
      const lines = cells.map((c) => `${cellAddress(c.row, c.col)}\u0001${c.kind}\u0001${c.value}\u0001${c.formula ?? ""}\n`).join("");
      expect(digestOf(cells)).toBe(createHash("sha256").update(Buffer.from(lines, "utf8")).digest("hex"));
    }), { numRuns: 50 });
  });
});

describe("the digest of a sheet", () => {
  const sheet = (cells: string) => `<worksheet xmlns="x"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

  it("reads only the top-level sheetData, and ignores cells that hold nothing", () => {
    const plain = sheetDigest(sheet('<c r="A1" t="inlineStr"><is><t>甲</t></is></c>'), "s", noStrings);
    expect(sheetDigest(sheet('<c r="A1" t="inlineStr"><is><t>甲</t></is></c><c r="B1" s="4"/>'), "s", noStrings)).toBe(plain);
    const withExt = sheet('<c r="A1" t="inlineStr"><is><t>甲</t></is></c>').replace(
      "</worksheet>",
      '<extLst><ext uri="x"><sheetData><row r="1"><c r="B1"><v>9</v></c></row></sheetData></ext></extLst></worksheet>',
    );
    expect(sheetDigest(withExt, "s", noStrings)).toBe(plain);
    expect(sheetDigest(sheet('<c r="A1" t="inlineStr"><is><t>乙</t></is></c>'), "s", noStrings)).not.toBe(plain);
  });

  it("leaves phonetic guides out of an inline string, as Excel shows it", () => {
    const plain = sheetDigest(sheet('<c r="A1" t="inlineStr"><is><t>東京</t></is></c>'), "s", noStrings);
    const guided = sheetDigest(sheet('<c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>'), "s", noStrings);
    expect(guided).toBe(plain);
  });
});

describe("the record part", () => {
  const sha = "ab".repeat(32);

  it("reads back what it writes, rows as runs", () => {
    const record = {
      results: { sheet: "申报表 & 附", firstCol: 8, lastCol: 12, rows: [1, 3, 4, 5, 9], sha256: sha },
      sheets: [{ role: "issues" as const, name: "问题清单（2）", sha256: sha }],
    };
    const xml = recordXml(record);
    expect(xml).toContain('rows="1 3-5 9"');
    expect(parseRecord(xml, "customXml/item1.xml")).toEqual(record);
  });

  it.each([
    ["another namespace", `<ownership xmlns="urn:other"><sheet role="issues" name="a" sha256="${sha}"/></ownership>`],
    ["a prefixed root", `<o:ownership xmlns:o="urn:lygip:ownership:1"/>`],
    ["a short digest", `<ownership xmlns="urn:lygip:ownership:1"><sheet role="issues" name="a" sha256="abc"/></ownership>`],
    ["an unknown role", `<ownership xmlns="urn:lygip:ownership:1"><sheet role="table" name="a" sha256="${sha}"/></ownership>`],
    ["a role twice", `<ownership xmlns="urn:lygip:ownership:1"><sheet role="info" name="a" sha256="${sha}"/><sheet role="info" name="b" sha256="${sha}"/></ownership>`],
    ["rows out of order", `<ownership xmlns="urn:lygip:ownership:1"><results sheet="s" firstCol="1" lastCol="2" rows="5 3" sha256="${sha}"/></ownership>`],
    ["rows past Excel's last", `<ownership xmlns="urn:lygip:ownership:1"><results sheet="s" firstCol="1" lastCol="2" rows="1-2000000" sha256="${sha}"/></ownership>`],
    ["columns reversed", `<ownership xmlns="urn:lygip:ownership:1"><results sheet="s" firstCol="3" lastCol="2" rows="1" sha256="${sha}"/></ownership>`],
    ["a column past XFD", `<ownership xmlns="urn:lygip:ownership:1"><results sheet="s" firstCol="1" lastCol="16384" rows="1" sha256="${sha}"/></ownership>`],
    ["not XML", `<ownership xmlns="urn:lygip:ownership:1">`],
  ])("is not a record with %s", (_, xml) => {
    expect(parseRecord(xml, "customXml/item1.xml")).toBeUndefined();
  });
});

describe("the digest of one of our sheets, taken as it is written", () => {
  const styles = { money: 11, boldMoney: 12, bold: 13, link: 14, wrap: 15, errorDxf: 0, warningDxf: 1 } as unknown as AnnotationStyles;
  const sheet: PlanSheet = {
    name: "问题清单",
    headerRows: 1,
    rows: [
      { values: ["序号", "说明", "金额"], bold: true },
      { values: [1, "第一行\r\n第二行", 1234.5], moneyColumns: [2], link: { col: 1, sheet: "申报表", cell: "C5" } },
      { values: [2, " 前后空格 ", -0], moneyColumns: [2] },
      { values: [3, "_x0041_ 看似转义 _x005F_", 0.1 + 0.2] },
      { values: [4, "控制\u0001字符\u0008\uFFFE", null] },
      { values: [5, "孤立代理\uD800与\uDC00", ""] },
      { values: [null, "<&>\"'", 1e21] },
      { values: [] },
      { values: [6, "𠀀 扩展区汉字", -1234567.89] },
    ],
  };

  it("is the digest a later check reads back from the part", () => {
    const pieces: string[] = [];
    const sha = writePlanSheetXml({ write: (t) => void pieces.push(t) }, sheet, styles);
    expect(sha).toBe(sheetDigest(pieces.join(""), "xl/worksheets/sheet3.xml", noStrings));
    expect(pieces.join("")).toBe(planSheetXml(sheet, styles));
  });

  it("writes each cell as cellXml writes it, plain text or not", () => {
    const xml = planSheetXml(sheet, styles);
    const texts = ["甲乙", "a b", " 前", "后 ", "x\ty", "全角\u3000空格", "&amp;", "_x0041_", "\uFEFF", "孤\uDC00", "𠀀", "引\"号'"];
    const many: PlanSheet = { name: "x", rows: texts.map((t) => ({ values: [t] })) };
    const out = planSheetXml(many, styles);
    texts.forEach((t, i) => expect(out).toContain(cellXml(i + 1, 0, { kind: "text", text: t }, "")));
    expect(xml).toContain(cellXml(2, 1, { kind: "text", text: "第一行\r\n第二行", style: "14" }, ""));
  });

  it("is read back the same from a ruled form (审核意见表): its blank ruled cells and merged lines add nothing", () => {
    const formStyles = { ...styles, fontSize: 11, form: { title: 20, header: 21, text: 22, center: 23, money: 24, totalText: 21, totalMoney: 25 } } as unknown as AnnotationStyles;
    const form: PlanSheet = {
      name: "审核意见表", headerRows: 2, fixedWidths: true, columnWidths: [5, 20, 12], merges: ["A1:C1", "A4:B4"], print: { orientation: "landscape", form: true },
      rows: [
        { values: ["标题"], look: "title", height: 30 },
        { values: ["序号", "单位名称", "金额"], look: "header" },
        { values: [1, "", 12.5], look: "body", moneyColumns: [2], centered: [0] },
        { values: ["合计", "", 12.5], look: "total", moneyColumns: [2] },
      ],
    };
    const pieces: string[] = [];
    const sha = writePlanSheetXml({ write: (t) => void pieces.push(t) }, form, formStyles);
    const xml = pieces.join("");
    expect(sha).toBe(sheetDigest(xml, "xl/worksheets/sheet9.xml", noStrings));
    expect(xml).toContain('<c r="B3" s="22"/>');
    expect(xml).toContain('<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A4:B4"/></mergeCells>');
    expect(xml).toContain('<row r="1" ht="30" customHeight="1">');
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
  });

  it("changes with any cell", () => {
    const other: PlanSheet = { ...sheet, rows: [...sheet.rows.slice(0, -1), { values: [6, "𠀀 扩展区汉字", -1234567.88] }] };
    expect(writePlanSheetXml({ write: () => undefined }, other, styles)).not.toBe(writePlanSheetXml({ write: () => undefined }, sheet, styles));
  });
});

test("the digest hashes each cell's line as UTF-8, long texts and lone surrogates included", () => {
  const keys: { row: number; col: number; kind: string; value: string; formula?: string }[] = [
    { row: 1, col: 0, kind: "s", value: "甲" },
    { row: 1, col: 1, kind: "s", value: "说明".repeat(30_000) },
    { row: 2, col: 0, kind: "s", value: "孤\uD800立" },
    ...Array.from({ length: 5000 }, (_, i) => ({ row: 3 + i, col: 2, kind: "n", value: String(i * 1.5), formula: i % 7 ? undefined : "A1*2" })),
  ];
  const reference = createHash("sha256");
  for (const k of keys) reference.update(`${cellAddress(k.row, k.col)}\u0001${k.kind}\u0001${k.value}\u0001${k.formula ?? ""}\n`, "utf8");
  expect(digestOf(keys)).toBe(reference.digest("hex"));
});
