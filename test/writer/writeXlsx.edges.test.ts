import { parseSharedStrings } from "../../src/workbook/xlsx/sharedStrings";
import ExcelJS from "exceljs";
import { AnnotateError } from "../../src/writer/annotateError";
import { planAnnotation } from "../../src/output/plan";
import { annotateXlsx, isLygipOutput } from "../../src/writer/writeXlsx";
import { readZip, writeZip } from "../../src/workbook/zip";
import type { AnnotationPlan } from "../../src/output/types";
import { result } from "../output/fixtures";
import { xmllintFailures } from "../support/xmllint";
import { OVER_ELIGIBLE, TABLE_SHEET, UNKNOWN_ITEM, buildApplicantWorkbook, fixtureLayout, fixturePlan } from "./workbookFixture";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const text = (bytes: Uint8Array, name: string) => Buffer.from(readZip(bytes).read(name)).toString("utf8");

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (note === undefined || typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function xmllintAll(bytes: Uint8Array): void {
  const zip = readZip(bytes);
  const parts = zip.entries.filter((e) => /\.(xml|rels|vml)$/.test(e.name)).map((e) => ({ name: e.name, xml: zip.read(e.name) }));
  expect(xmllintFailures(parts)).toEqual([]);
}

/** A plain table: no comments, no image, so the sheet has no relationships at all. */
async function plainWorkbook(sheetName = TABLE_SHEET, extra?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(["标题"]);
  ws.addRow(["序号", "单位名称", "申报年度", "支持事项", "申请金额（元）"]);
  ws.addRow([1, "甲公司", 2026, "地理标志", 300000]);
  ws.addRow([2, "乙公司", 2026, "质押融资", 50000]);
  ws.addRow([3, "丙公司", 2026, "不知道", null]);
  extra?.(wb);
  return save(wb);
}

function planFor(sheet: string): AnnotationPlan {
  return planAnnotation({ ...fixtureLayout(), sheet }, [
    result({ row: 3, item: "GI", claimed: "300000.00", approvable: "300000.00" }),
    result({ row: 4, item: "PLEDGE_LOAN", claimed: "50000.00", approvable: "42000.00", excess: "8000.00", issues: [OVER_ELIGIBLE] }),
    result({ row: 5, item: null, issues: [UNKNOWN_ITEM] }),
  ]);
}

describe("a sheet without comments or relationships", () => {
  it("gets a comments part, a VML drawing, the relationships and the legacyDrawing, and reads back in exceljs", async () => {
    const input = await plainWorkbook();
    expect(readZip(input).has("xl/worksheets/_rels/sheet1.xml.rels")).toBe(false);
    const out = annotateXlsx(input, planFor(TABLE_SHEET));
    const zip = readZip(out);
    expect(zip.has("xl/worksheets/_rels/sheet1.xml.rels")).toBe(true);
    expect(text(out, "xl/worksheets/sheet1.xml")).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(text(out, "[Content_Types].xml")).toContain('Extension="vml"');
    const wb = await load(out);
    expect(noteText(wb.getWorksheet(TABLE_SHEET)!.getCell("E4").note)).toMatch(/^lygip 审核：/);
    xmllintAll(out);
    expect(Buffer.from(annotateXlsx(out, planFor(TABLE_SHEET))).equals(Buffer.from(out))).toBe(true);
  });
});

describe("the applicant has a sheet named 汇总", () => {
  it("keeps theirs and adds ours as 汇总（2）, which a re-run replaces", async () => {
    const input = await plainWorkbook(TABLE_SHEET, (wb) => {
      wb.addWorksheet("汇总").getCell("A1").value = "申报人自己的汇总";
    });
    const once = annotateXlsx(input, planFor(TABLE_SHEET));
    const wb = await load(once);
    expect(wb.worksheets.map((w) => w.name)).toEqual([TABLE_SHEET, "汇总", "问题清单", "汇总（2）", "审核明细"]);
    expect(wb.getWorksheet("汇总")!.getCell("A1").value).toBe("申报人自己的汇总");
    const twice = annotateXlsx(once, planFor(TABLE_SHEET));
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
  });
});

describe("nothing the applicant wrote is overwritten", () => {
  it("refuses to write results into a cell that holds the applicant's content, naming it", async () => {
    const input = await buildApplicantWorkbook({ resultCellContent: true });
    let error: unknown;
    try {
      annotateXlsx(input, fixturePlan());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnnotateError);
    expect((error as AnnotateError).problem).toBe("cell-occupied");
    expect((error as AnnotateError).zh).toContain("F4");
  });

  it("says so when the plan's sheet is not in the workbook", async () => {
    const input = await plainWorkbook();
    expect(() => annotateXlsx(input, planFor("别的表"))).toThrow(/没有工作表「别的表」/);
  });
});

/**
 * What Excel does on saving: the cells rewritten (inline strings become shared strings), custom XML parts
 * kept. exceljs re-saves the cells the same way but drops custom XML parts; the record is put back as Excel
 * would keep it.
 */
function withRecordOf(copy: Uint8Array, resaved: Uint8Array): Uint8Array {
  const zip = readZip(resaved);
  const record = readZip(copy).read("customXml/item1.xml");
  const entries = zip.entries.map((e) => {
    const body = Buffer.from(zip.read(e.name)).toString("utf8");
    if (e.name === "xl/_rels/workbook.xml.rels") {
      return { name: e.name, data: body.replace("</Relationships>", '<Relationship Id="rIdLygip" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>') };
    }
    if (e.name === "[Content_Types].xml") {
      return { name: e.name, data: body.replace("</Types>", '<Override PartName="/customXml/item1.xml" ContentType="application/xml"/></Types>') };
    }
    return { copy: e };
  });
  return writeZip([...entries, { name: "customXml/item1.xml", data: record }]);
}

describe("a re-run on a copy that another program re-saved", () => {
  it("keeping lygip's record (as Excel does): finds its result cells by their values (now shared strings) and its notes by their words", async () => {
    const once = annotateXlsx(await buildApplicantWorkbook(), fixturePlan());
    const resaved = withRecordOf(once, await save(await load(once)));
    expect(text(resaved, "xl/worksheets/sheet1.xml")).not.toContain("inlineStr");
    const again = annotateXlsx(resaved, fixturePlan());
    const wb = await load(again);
    const ws = wb.getWorksheet(TABLE_SHEET)!;
    const header: unknown[] = [];
    ws.getRow(2).eachCell((c) => header.push(c.value));
    expect(header.filter((v) => v === "审核结论")).toHaveLength(1);
    expect(noteText(ws.getCell("E5").note)).toBe("申报人自己的批注：金额待定");
    const comments = text(again, "xl/comments1.xml");
    expect(comments.match(/ref="E4"/g)).toHaveLength(1);
    expect(comments.match(/ref="E5"/g)).toHaveLength(1);
    const sheet = text(again, "xl/worksheets/sheet1.xml");
    expect(sheet.match(/lygip:error/g)).toHaveLength(2);
    // Its own sheets are known by their values too: rewritten in place, none added beside them.
    expect(wb.worksheets.map((w) => w.name)).toEqual((await load(once)).worksheets.map((w) => w.name));
    xmllintAll(again);
  });

  it("dropping lygip's record: the results are no longer vouched for, and the copy is refused with a clear message, not overwritten", async () => {
    const once = annotateXlsx(await buildApplicantWorkbook(), fixturePlan());
    const resaved = await save(await load(once));
    expect(readZip(resaved).entry("customXml/item1.xml")).toBeUndefined();
    expect(() => annotateXlsx(resaved, fixturePlan())).toThrow(/审核结果列已有内容：.*没有 lygip 的审核记录.*请对原始申报表重新审核/);
  });
});

describe("a re-run with a different plan", () => {
  it("clears earlier results, marks and notes that the new plan no longer has; the applicant's comment stays", async () => {
    const once = annotateXlsx(await buildApplicantWorkbook(), fixturePlan());
    const clean = planAnnotation({ ...fixtureLayout(), resultFound: true }, [
      result({ row: 3, item: "GI", claimed: "300000.00", approvable: "300000.00" }),
    ]);
    const again = annotateXlsx(once, clean);
    const ws = (await load(again)).getWorksheet(TABLE_SHEET)!;
    expect(ws.getCell("F3").value).toBe("通过");
    for (const ref of ["F4", "G4", "H4", "I4", "J4", "F5", "J5"]) expect(ws.getCell(ref).value).toBeNull();
    expect(ws.getCell("E4").note).toBeUndefined();
    expect(noteText(ws.getCell("E5").note)).toBe("申报人自己的批注：金额待定");
    expect(text(again, "xl/worksheets/sheet1.xml")).not.toContain("lygip:");
    expect(text(again, "xl/drawings/vmlDrawing1.vml").match(/ObjectType="Note"/g)).toHaveLength(1);
    xmllintAll(again);
  });
});

describe("a sheet name that needs quoting", () => {
  it("links to 'O''Brien 表'!E4 and stays well-formed", async () => {
    const name = "O'Brien 表";
    const out = annotateXlsx(await plainWorkbook(name), planFor(name));
    expect(text(out, "xl/worksheets/sheet2.xml")).toContain(`location="'O''Brien 表'!E4"`);
    expect(isLygipOutput(out)).toBe(true);
    xmllintAll(out);
  });
});

describe("a workbook another program wrote: prefixed namespace, inline strings, no styles part", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const cell = (ref: string, v: string | number) =>
    typeof v === "number" ? `<x:c r="${ref}"><x:v>${v}</x:v></x:c>` : `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`;
  const row = (r: number, values: (string | number)[]) =>
    `<x:row r="${r}">${values.map((v, i) => cell(`${"ABCDE"[i]}${r}`, v)).join("")}</x:row>`;
  const bytes = writeZip([
    {
      name: "[Content_Types].xml",
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="${TABLE_SHEET}" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
        row(1, ["标题"]) + row(2, ["序号", "单位名称", "申报年度", "支持事项", "申请金额（元）"]) +
        row(3, [1, "甲公司", 2026, "地理标志", 300000]) + row(5, [3, "丙公司", 2026, "不知道"]) +
        "</x:sheetData></x:worksheet>",
    },
  ]);

  it("is annotated with the producer's prefix, a styles part of its own, and rows created where none were", () => {
    const plan = planFor(TABLE_SHEET);
    const out = annotateXlsx(bytes, plan);
    const sheet = text(out, "xl/worksheets/sheet1.xml");
    // 审核结论 takes the verdict's fill (a style of the part it made).
    const f4 = /<x:row r="4" spans="6:11"[^>]*><x:c r="F4" s="\d+" t="s"><x:v>(\d+)<\/x:v><\/x:c>/.exec(sheet);
    expect(f4).not.toBeNull();
    // The workbook had no shared strings: the text the check writes is in a table of its own, related from the workbook.
    expect(parseSharedStrings(text(out, "xl/sharedStrings.xml"), "xl/sharedStrings.xml")[Number(f4![1])]).toBe("核减");
    expect(text(out, "xl/_rels/workbook.xml.rels")).toMatch(/Type="[^"]*\/sharedStrings" Target="sharedStrings.xml"/);
    expect(text(out, "[Content_Types].xml")).toContain('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
    expect(sheet.indexOf('<x:row r="4"')).toBeGreaterThan(sheet.indexOf('<x:row r="3"'));
    expect(sheet.indexOf('<x:row r="4"')).toBeLessThan(sheet.indexOf('<x:row r="5"'));
    expect(sheet).toMatch(/<x:conditionalFormatting sqref="D5 E4">/);
    // rId1 is the comments part, rId2 the drawing.
    expect(sheet).toMatch(/<x:legacyDrawing xmlns:r="[^"]+" r:id="rId2"\/><\/x:worksheet>$/);
    expect(text(out, "xl/workbook.xml")).toContain(`<x:sheet name="问题清单" sheetId="2" rel:id="rId3"/>`);
    expect(readZip(out).has("xl/styles1.xml")).toBe(true);
    xmllintAll(out);
    expect(Buffer.from(annotateXlsx(out, plan)).equals(Buffer.from(out))).toBe(true);
  });
});
