/**
 * The reader records where each row and cell of a sheet lies in its part (rowSpans.ts), and the copy is
 * spliced from those spans instead of a second scan of the sheet: the copy must be the same bytes either
 * way, and a sheet whose rows cannot be spliced as they stand must get no spans at all.
 */
import { openWorkbook } from "../../src/workbook/xlsx";
import { ROW_END, ROW_FIELDS, ROW_INNER_END, ROW_NUMBER, ROW_OPEN_END, ROW_START, type RowSpans } from "../../src/workbook/xlsx/rowSpans";
import { annotateXlsxTo } from "../../src/writer/writeXlsx";
import { MemorySink, readZip, writeZip } from "../../src/workbook/zip";
import type { AnnotationPlan } from "../../src/output/types";
import { minimalEntries, minimalXlsx, worksheetXml } from "../hostile/minimalXlsx";
import { TABLE_SHEET, buildApplicantWorkbook, fixturePlan, twoRowPlan } from "./workbookFixture";

function spansOf(bytes: Uint8Array, sheet: string): RowSpans | undefined {
  const wb = openWorkbook(bytes);
  wb.readSheet(sheet);
  return wb.rowSpans(sheet);
}

/** `forwardFrom`: the size from which the sheet is read forward in pieces (0: always; by default, past 32 MB). */
function copy(bytes: Uint8Array, plan: AnnotationPlan, spans?: RowSpans, forwardFrom?: number): Buffer {
  const sink = new MemorySink();
  const read = spans ? { sheet: plan.sheet, spans, ...(forwardFrom === undefined ? {} : { forwardFrom }) } : undefined;
  annotateXlsxTo(bytes, plan, sink, undefined, undefined, read);
  return Buffer.from(sink.bytes());
}

/** A one-sheet workbook "表" whose <sheetData> holds exactly `rows`. */
const sheetOf = (rows: string) => minimalXlsx({ sheets: [{ name: "表", xml: worksheetXml(rows) }] });

const PLAIN_ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c><c r="B1" t="inlineStr"><is><t>申请金额</t></is></c></row>' +
  '<row r="2" spans="1:2"><c r="A2" t="inlineStr"><is><t>甲公司</t></is></c><c r="B2"><v>1000</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>乙公司</t></is></c><c r="B3"><v>2000</v></c></row>';

describe("the reader's row spans", () => {
  it("mark each row's start tag, content and end tag in the inflated part, Chinese text counted in UTF-8 bytes", () => {
    const bytes = sheetOf(PLAIN_ROWS);
    const spans = spansOf(bytes, "表")!;
    expect(spans.rowCount).toBe(3);
    expect(spans.cellCount).toBe(6);
    const part = Buffer.from(readZip(bytes).read("xl/worksheets/sheet1.xml")).toString("latin1");
    expect(part.slice(spans.dataStart - "<sheetData>".length, spans.dataStart)).toBe("<sheetData>");
    expect(part.slice(spans.dataEnd, spans.dataEnd + "</sheetData>".length)).toBe("</sheetData>");
    for (let k = 0; k < spans.rowCount; k++) {
      const at = k * ROW_FIELDS;
      expect(spans.rows[at + ROW_NUMBER]).toBe(k + 1);
      expect(part.slice(spans.rows[at + ROW_START], spans.rows[at + ROW_OPEN_END])).toMatch(/^<row r="\d"[^>]*>$/);
      expect(part.slice(spans.rows[at + ROW_INNER_END], spans.rows[at + ROW_END])).toBe("</row>");
    }
    expect(Array.from(spans.cellCols)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(part.slice(spans.cellStarts[2], spans.cellStarts[3])).toBe(Buffer.from('<c r="A2" t="inlineStr"><is><t>甲公司</t></is></c>').toString("latin1"));
  });

  it.each([
    ["a cell without its address", PLAIN_ROWS.replace('<c r="B3">', "<c>")],
    ["white space between cells", PLAIN_ROWS.replace('</c><c r="B2">', '</c>\n<c r="B2">')],
    ["white space before a row's end tag", PLAIN_ROWS.replace("<v>2000</v></c></row>", "<v>2000</v></c> </row>")],
    ["a row holding an extension list", PLAIN_ROWS.replace("<v>2000</v></c></row>", "<v>2000</v></c><extLst/></row>")],
  ])("are not given for a sheet with %s (the writer scans it instead)", (_, rows) => {
    expect(spansOf(sheetOf(rows), "表")).toBeUndefined();
  });

  it("take a self-closing row and an empty one", () => {
    const spans = spansOf(sheetOf(`${PLAIN_ROWS}<row r="5"/><row r="6"></row>`), "表")!;
    const at = 3 * ROW_FIELDS;
    expect(spans.rows[at + ROW_NUMBER]).toBe(5);
    expect(spans.rows[at + ROW_END]).toBe(spans.rows[at + ROW_OPEN_END]);
    expect(spans.rows[at + ROW_FIELDS + ROW_INNER_END]).toBe(spans.rows[at + ROW_FIELDS + ROW_OPEN_END]);
  });
});

describe("the copy spliced from the reader's spans", () => {
  it("is the same bytes as the copy made by scanning the sheet again (a workbook Excel's way, with notes and a chart)", async () => {
    const input = await buildApplicantWorkbook();
    const plan = fixturePlan();
    const spans = spansOf(input, TABLE_SHEET);
    expect(spans).toBeDefined();
    expect(copy(input, plan, spans).equals(copy(input, plan))).toBe(true);
  });

  it("is the same bytes when the input is an earlier copy, its result cells read from the spans and rewritten", async () => {
    const plan = fixturePlan();
    const first = copy(await buildApplicantWorkbook(), plan);
    const spans = spansOf(first, TABLE_SHEET);
    expect(spans).toBeDefined();
    expect(copy(first, plan, spans).equals(copy(first, plan))).toBe(true);
  });

  it("is the same bytes with self-closing and empty rows between and after the table's rows", () => {
    const rows = PLAIN_ROWS.replace('<row r="3">', '<row r="3"/><row r="4">').replace('r="A3"', 'r="A4"').replace('r="B3"', 'r="B4"');
    const input = sheetOf(`${rows}<row r="7"></row>`);
    const plan = twoRowPlan();
    const spans = spansOf(input, "表")!;
    expect(spans.rowCount).toBe(5);
    expect(copy(input, plan, spans).equals(copy(input, plan))).toBe(true);
  });

  it("is the same bytes for a sheet in a prefixed namespace, its start tags edited and our cells given its prefix", () => {
    const prefixed = PLAIN_ROWS.replace(/<(\/?)(row|c|is|t|v)\b/g, "<$1x:$2");
    const input = minimalXlsx({
      sheets: [{ name: "表", xml: `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${prefixed}</x:sheetData></x:worksheet>` }],
    });
    const plan = twoRowPlan();
    const spans = spansOf(input, "表");
    expect(spans).toBeDefined();
    const spliced = copy(input, plan, spans);
    expect(spliced.equals(copy(input, plan))).toBe(true);
    expect(copy(input, plan, spans, 0).equals(spliced)).toBe(true);
    const sheet = Buffer.from(readZip(new Uint8Array(spliced)).read("xl/worksheets/sheet1.xml")).toString("utf8");
    expect(sheet).toMatch(/<x:row r="2" spans="1:\d+"[^>]*><x:c r="A2" t="inlineStr"><x:is><x:t>甲公司<\/x:t><\/x:is><\/x:c><x:c r="B2"><x:v>1000<\/x:v><\/x:c><x:c r="C2"/);
  });

  it("is not used for another sheet than the plan's (the writer scans the plan's sheet)", () => {
    const input = sheetOf(PLAIN_ROWS);
    const plan = twoRowPlan();
    const spans = spansOf(input, "表")!;
    const sink = new MemorySink();
    annotateXlsxTo(input, plan, sink, undefined, undefined, { sheet: "别的表", spans: { ...spans, dataStart: 0 } });
    expect(Buffer.from(sink.bytes()).equals(copy(input, plan))).toBe(true);
  });

  it("falls back to a scan when the spans do not fit the part's text", () => {
    const input = sheetOf(PLAIN_ROWS);
    const plan = twoRowPlan();
    const spans = spansOf(input, "表")!;
    expect(copy(input, plan, { ...spans, dataStart: spans.dataStart + 1 }).equals(copy(input, plan))).toBe(true);
  });

  it("is the same bytes when the sheet is read forward in pieces, twice, rather than inflated whole (a large sheet's way)", async () => {
    const input = await buildApplicantWorkbook();
    const plan = fixturePlan();
    const spans = spansOf(input, TABLE_SHEET)!;
    const whole = copy(input, plan, spans);
    expect(copy(input, plan, spans, 0).equals(whole)).toBe(true);
    // An earlier copy: its result cells are read in the first pass, rewritten in the second.
    const again = spansOf(whole, TABLE_SHEET)!;
    expect(copy(whole, plan, again, 0).equals(copy(whole, plan, again))).toBe(true);
  });

  it("read forward, falls back to a scan when the spans do not fit the part", () => {
    const input = sheetOf(PLAIN_ROWS);
    const plan = twoRowPlan();
    // Spans made otherwise than by the reader of this part: without what the reader saw go by (end).
    const { end, ...spans } = spansOf(input, "表")!;
    expect(end).toBeDefined();
    const scanned = copy(input, plan);
    expect(copy(input, plan, { ...spans, dataStart: spans.dataStart + 1 }, 0).equals(scanned)).toBe(true);
    // A row recorded where the part has no row: found in the first pass, before anything is decided.
    const rows = Int32Array.from(spans.rows);
    rows[2 * ROW_FIELDS + ROW_START]! += 1;
    expect(copy(input, plan, { ...spans, rows }, 0).equals(scanned)).toBe(true);
  });

  it("read forward with what the reader saw of the part, a row not where it was recorded is refused, not written wrong", () => {
    const input = sheetOf(PLAIN_ROWS);
    const plan = twoRowPlan();
    const spans = spansOf(input, "表")!;
    const rows = Int32Array.from(spans.rows);
    rows[2 * ROW_FIELDS + ROW_START]! += 1;
    expect(() => copy(input, plan, { ...spans, rows }, 0)).toThrow(/row 3 is not where the reader recorded it/);
  });

  it("read forward, a sheet whose bytes are not UTF-8 is copied as the whole sheet's reading copies it", () => {
    const entries = minimalEntries({ sheets: [{ name: "表", rows: PLAIN_ROWS }] });
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml") as { readonly name: string; readonly data: string };
    // A lone continuation byte in a cell's text: not UTF-8, read as text with it replaced.
    const text = Buffer.from(sheet.data, "utf8");
    const at = text.indexOf(Buffer.from("乙公司"));
    const bad = Buffer.concat([text.subarray(0, at), Buffer.from([0x80]), text.subarray(at)]);
    const input = writeZip(entries.map((e) => (e === sheet ? { ...e, data: new Uint8Array(bad) } : e)));
    const plan = twoRowPlan();
    const spans = spansOf(input, "表")!;
    expect(spans).toBeDefined();
    expect(copy(input, plan, spans, 0).equals(copy(input, plan, spans))).toBe(true);
    expect(copy(input, plan, spans, 0).equals(copy(input, plan))).toBe(true);
  });
});
