/**
 * REPORT.md "Readable at a glance", in the parts of the annotated copy: result columns as wide as their
 * contents, money in #,##0.00, 审核说明 wrapped, the header frozen, an AutoFilter over table and results, and
 * every sheet printed on A4 at 8 pt or more (rev. 3): the table at its own size across pages, with its header
 * and the columns up to 单位名称 repeated; the product's sheets one page wide where that stays readable.
 */
import { annotateXlsx } from "../../src/writer/writeXlsx";
import { displayWidth, resultColumnWidths, resultRowHeights, shownNumber, wrappedLines } from "../../src/output/widths";
import { readZip, type ZipArchive } from "../../src/workbook/zip";
import { planAnnotation } from "../../src/output/plan";
import { buildApplicantWorkbook, fixtureLayout, fixturePlan } from "./workbookFixture";

let zip: ZipArchive;
const text = (name: string) => Buffer.from(zip.read(name)).toString("utf8");

beforeAll(async () => {
  zip = readZip(annotateXlsx(await buildApplicantWorkbook(), fixturePlan()));
});

/** Sheet name → its part, from workbook.xml and its relationships. */
function sheetParts(): Map<string, { part: string; index: number }> {
  const wb = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  const out = new Map<string, { part: string; index: number }>();
  [...wb.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].forEach((m, index) => {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)!;
    out.set(m[1], { part: `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`, index });
  });
  return out;
}

describe("the table's sheet", () => {
  const sheet = () => text(sheetParts().get("申报表")!.part);

  test("result columns F–K are as wide as their widest figure or header, 审核说明 wrapping at 60", () => {
    const plan = fixturePlan();
    const widths = resultColumnWidths(plan);
    const cols = [...sheet().matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)" customWidth="1"\/>/g)].map((m) => [Number(m[1]), Number(m[3])]);
    expect(cols.filter(([min]) => min >= 6)).toEqual(widths.map((w, i) => [6 + i, w]));
    // 可核定金额 300,000.00 and its header 可核定金额（元） both fit.
    expect(widths[1]).toBeGreaterThanOrEqual(displayWidth("可核定金额（元）"));
    expect(widths[1]).toBeGreaterThan(shownNumber(300000, true).length);
    expect(widths[2]).toBeGreaterThanOrEqual(displayWidth("待核实金额（元）"));
    expect(widths[3]).toBeGreaterThanOrEqual(displayWidth("核减金额（元）"));
    expect(widths[4]).toBeLessThanOrEqual(60);
  });

  test("审核说明 cells are wrapped and their rows tall enough for the lines they take", () => {
    const xml = sheet();
    const styles = text("xl/styles.xml");
    const xfs = [...styles.slice(styles.indexOf("<cellXfs")).matchAll(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const cell = /<c r="J4" s="(\d+)"/.exec(xml)!;
    expect(xfs[Number(cell[1])]).toContain('wrapText="1"');
    // Bottom-aligned like the row's other cells: in a tall row the explanation ends on the line of its figures.
    expect(xfs[Number(cell[1])]).not.toMatch(/vertical="(top|center)"/);
    const plan = fixturePlan();
    const heights = resultRowHeights(plan, resultColumnWidths(plan));
    for (const r of plan.resultRows) {
      const ht = new RegExp(`<row r="${r.row}"[^>]*? ht="([\\d.]+)"`).exec(xml);
      if (heights.has(r.row)) expect(Number(ht?.[1])).toBe(heights.get(r.row));
      else expect(ht).toBeNull();
    }
  });

  test("a 审核说明 of 150 characters' width takes three lines of 60, and its row 48 points", () => {
    const long = "说".repeat(75);
    expect(wrappedLines(long, 60)).toBe(3);
    expect(wrappedLines("短", 60)).toBe(1);
    const heights = resultRowHeights(
      { resultRows: [{ row: 7, values: ["不予支持", 0, 0, 0, long, ""] }, { row: 8, values: ["通过", 0, 0, 0, "短", ""] }] }, [10, 10, 10, 10, 60, 10],
    );
    expect([...heights]).toEqual([[7, 48]]);
  });

  test("money is written with the built-in #,##0.00 format", () => {
    const styles = text("xl/styles.xml");
    const xfs = [...styles.slice(styles.indexOf("<cellXfs")).matchAll(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const cell = /<c r="G4" s="(\d+)"/.exec(sheet())!;
    expect(xfs[Number(cell[1])]).toContain('numFmtId="4"');
  });

  test("the rows down to the header (row 2) and the columns up to 单位名称 (B) are frozen", () => {
    expect(sheet()).toContain('<pane xSplit="2" ySplit="2" topLeftCell="C3" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>');
  });

  test("an AutoFilter covers the table and the result columns, header to last row, named as Excel names it", () => {
    expect(sheet()).toContain('<autoFilter ref="A2:K5"/>');
    const index = sheetParts().get("申报表")!.index;
    expect(text("xl/workbook.xml")).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">'申报表'!$A$2:$K$5</definedName>`);
  });
});

describe("a header of two rows (a group heading over names on the row below)", () => {
  // The second header row stays in sight and out of the filtered rows: sorting must never move it among the data.
  const layout = { ...fixtureLayout(), secondHeaderRow: 3, dataRows: [4, 5] };
  const plan = () => {
    const full = fixturePlan();
    return { ...planAnnotation(layout, []), resultRows: full.resultRows.filter((r) => r.row !== 3), issueSheet: full.issueSheet, summarySheet: full.summarySheet };
  };

  test("the plan carries the header's last row", () => {
    expect(planAnnotation(layout, []).lastHeaderRow).toBe(3);
    expect(planAnnotation(fixtureLayout(), []).lastHeaderRow).toBeUndefined();
  });

  test("both header rows are frozen and printed on every page, and the AutoFilter's header is the second", async () => {
    const two = readZip(annotateXlsx(await buildApplicantWorkbook(), plan()));
    const read = (name: string) => Buffer.from(two.read(name)).toString("utf8");
    const xml = read(sheetParts().get("申报表")!.part);
    expect(xml).toContain('<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<autoFilter ref="A3:K5"/>');
    const index = sheetParts().get("申报表")!.index;
    expect(read("xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'申报表'!$A:$B,'申报表'!$2:$3</definedName>`);
  });
});

describe("printing", () => {
  test("申报表 prints A4 landscape at its own size, never fitted to a page: its header row and columns up to 单位名称 repeated", () => {
    const { part, index } = sheetParts().get("申报表")!;
    const xml = text(part);
    expect(xml).not.toMatch(/fitToPage="1"/);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*scale="100"/);
    expect(text("xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'申报表'!$A:$B,'申报表'!$2:$2</definedName>`);
  });

  test("问题清单 prints A4 landscape, one page wide since that keeps its text above 8 pt, its header row repeated", () => {
    const { part, index } = sheetParts().get("问题清单")!;
    const xml = text(part);
    expect(xml).toMatch(/<sheetPr[^>]*>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1" fitToHeight="0"/);
    expect(text("xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'问题清单'!$1:$1</definedName>`);
  });

  test("问题清单's header row is frozen", () => {
    expect(text(sheetParts().get("问题清单")!.part)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });
});

describe("widths", () => {
  test("a Chinese character or full-width sign counts as two", () => {
    expect(displayWidth("可核定金额（元）")).toBe(16);
    expect(displayWidth("A1,234.00")).toBe(9);
  });

  test("#,##0.00 as Excel shows it", () => {
    expect(shownNumber(1234567.8, true)).toBe("1,234,567.80");
    expect(shownNumber(-5, true)).toBe("-5.00");
    expect(shownNumber(0.05, true)).toBe("0.05");
  });
});
