import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { RESULT_HEADERS } from "../../src/engine/columns";
import { WORKSHEET_ORDER } from "../../src/writer/worksheetOrder";
import { annotateXlsx, isLygipOutput } from "../../src/writer/writeXlsx";
import { readZip, type ZipArchive } from "../../src/workbook/zip";
import { xmllintFailures } from "../support/xmllint";
import { parseSharedStrings } from "../../src/workbook/xlsx/sharedStrings";
import { OTHER_SHEET, TABLE_SHEET, buildApplicantWorkbook, fixturePlan } from "./workbookFixture";

let input: Uint8Array;
let output: Uint8Array;

beforeAll(async () => {
  input = await buildApplicantWorkbook();
  output = annotateXlsx(input, fixturePlan());
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const text = (zip: ZipArchive, name: string) => Buffer.from(zip.read(name)).toString("utf8");

/** The entries whose bytes differ between two zips, and the entries only the second has. */
function changedEntries(before: ZipArchive, after: ZipArchive): { changed: string[]; added: string[] } {
  const changed: string[] = [];
  const added: string[] = [];
  for (const e of after.entries) {
    const old = before.entry(e.name);
    if (!old) added.push(e.name);
    else if (!Buffer.from(old.raw).equals(Buffer.from(e.raw)) || old.crc32 !== e.crc32) changed.push(e.name);
  }
  return { changed, added };
}

describe("annotateXlsx: what is rewritten, and nothing else", () => {
  it("copies every part it does not rewrite byte for byte", () => {
    const before = readZip(input);
    const after = readZip(output);
    const { changed } = changedEntries(before, after);
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/sharedStrings.xml",
        "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
      ].sort(),
    );
    for (const e of before.entries) expect(after.has(e.name)).toBe(true);
  });

  it("keeps the applicant's shared strings at their indexes and appends the text it writes after them", () => {
    const strings = (zip: ZipArchive) => parseSharedStrings(text(zip, "xl/sharedStrings.xml"), "xl/sharedStrings.xml");
    const before = strings(readZip(input));
    const after = strings(readZip(output));
    expect(before.length).toBeGreaterThan(0);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    // Each text once: an entry the applicant's table already held is referenced, not appended again.
    expect(new Set(after.slice(before.length)).size).toBe(after.length - before.length);
    for (const t of after.slice(before.length)) expect(before).not.toContain(t);
    expect(after).toContain("审核结论");
  });

  it("adds only its own sheets and the parts hanging from them, beside the applicant's chart", () => {
    const { added } = changedEntries(readZip(input), readZip(output));
    expect(added).toEqual([
      // 问题清单, 汇总, 审核明细 and the table object over 审核明细.
      "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml", "xl/tables/table1.xml",
      "xl/worksheets/_rels/sheet5.xml.rels",
      // Four PivotTables on 汇总 over one cache, and a drawing with two charts (the applicant's is chart1).
      "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotTables/_rels/pivotTable1.xml.rels",
      "xl/pivotTables/pivotTable2.xml", "xl/pivotTables/_rels/pivotTable2.xml.rels",
      "xl/pivotTables/pivotTable3.xml", "xl/pivotTables/_rels/pivotTable3.xml.rels",
      "xl/pivotTables/pivotTable4.xml", "xl/pivotTables/_rels/pivotTable4.xml.rels",
      "xl/drawings/drawing2.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/drawings/_rels/drawing2.xml.rels",
      "xl/worksheets/_rels/sheet4.xml.rels",
      // The record of what the check wrote, with the digests that let a later check know its own.
      "customXml/item1.xml",
    ]);
  });

  it("gives the same bytes for the same input and plan", () => {
    expect(Buffer.from(annotateXlsx(input, fixturePlan())).equals(Buffer.from(output))).toBe(true);
  });

  it("marks the file as its own, and only the file it wrote", () => {
    expect(isLygipOutput(output)).toBe(true);
    expect(isLygipOutput(input)).toBe(false);
    expect(isLygipOutput(new Uint8Array([1, 2, 3]))).toBe(false);
  });
});

describe("annotateXlsx: the applicant's workbook is intact", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    before = await load(input);
    after = await load(output);
  });

  it("keeps every value, formula, number format and style of the applicant's cells", () => {
    const a = before.getWorksheet(TABLE_SHEET)!;
    const b = after.getWorksheet(TABLE_SHEET)!;
    for (let r = 1; r <= 5; r++) {
      for (let c = 1; c <= 5; c++) {
        const x = a.getCell(r, c);
        const y = b.getCell(r, c);
        expect({ at: x.address, value: y.value, numFmt: y.numFmt, fill: y.fill, font: y.font }).toEqual({
          at: x.address, value: x.value, numFmt: x.numFmt, fill: x.fill, font: x.font,
        });
      }
    }
    expect(b.getCell("E4").formula).toBe("25000*2");
    expect(b.getCell("B3").value).toBe("=HYPERLINK(\"http://example.invalid\")");
  });

  it("keeps the merged title, the data validation, the comment and the image", () => {
    const b = after.getWorksheet(TABLE_SHEET)!;
    expect(b.getCell("A1").isMerged).toBe(true);
    expect(b.getCell("E1").master.address).toBe("A1");
    expect(b.getCell("C4").dataValidation).toEqual(before.getWorksheet(TABLE_SHEET)!.getCell("C4").dataValidation);
    expect(noteText(b.getCell("E5").note)).toBe("申报人自己的批注：金额待定");
    expect(b.getImages()).toHaveLength(1);
  });

  it("keeps the other sheet, its formula, and the chart", () => {
    const o = after.getWorksheet(OTHER_SHEET)!;
    expect(o.getCell("A2").formula).toBe(`'${TABLE_SHEET}'!E3*2`);
    expect(o.getCell("A2").numFmt).toBe("0.00%");
    const zip = readZip(output);
    expect(zip.has("xl/charts/chart1.xml")).toBe(true);
    expect(text(zip, "xl/worksheets/_rels/sheet2.xml.rels")).toContain("../drawings/drawing9.xml");
  });
});

describe("annotateXlsx: the product's places", () => {
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    after = await load(output);
  });

  it("writes the result headers and one row of results per data row, money as numbers in #,##0.00", () => {
    const b = after.getWorksheet(TABLE_SHEET)!;
    expect([6, 7, 8, 9, 10, 11].map((c) => b.getCell(2, c).value)).toEqual([...RESULT_HEADERS]);
    expect(b.getCell("F3").value).toBe("通过");
    expect(b.getCell("G3").value).toBe(300000);
    expect(b.getCell("G3").numFmt).toBe("#,##0.00");
    expect(b.getCell("F4").value).toBe("核减");
    expect(b.getCell("H4").value).toBe(0);
    expect(b.getCell("H4").numFmt).toBe("#,##0.00");
    expect(b.getCell("I4").value).toBe(8000);
    expect(b.getCell("J4").value).toContain("所属县区「外地」不是连云港市的县区或功能区");
    expect(b.getCell("K4").value).toBe("（七）");
    expect(b.getCell("F5").value).toBe("不予支持");
  });

  it("fills each 审核结论 cell by its verdict, the word itself readable in black and white", () => {
    const b = after.getWorksheet(TABLE_SHEET)!;
    const fill = (a: string) => (b.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fill("F3"), fill("F4"), fill("F5")]).toEqual(["FFC6EFCE", "FFFFE5B4", "FFFFC7CE"]);
    expect((b.getCell("F4").fill as ExcelJS.FillPattern).pattern).toBe("solid");
    // The applicant's own cells keep theirs: B4's yellow stays, A3 has none.
    expect((b.getCell("B4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFFF00");
  });

  it("writes a note on a marked cell, saying it comes from the check", () => {
    const b = after.getWorksheet(TABLE_SHEET)!;
    expect(noteText(b.getCell("E4").note)).toBe("lygip 审核：申请金额 50,000.00 元超过可申请金额 42,000.00 元（第（七）条）");
    expect(noteText(b.getCell("D5").note)).toMatch(/^lygip 审核：无法识别支持事项「=SUM\(1\)」/);
  });

  it("leaves the applicant's comment alone on a cell that is also marked (E5)", () => {
    const xml = text(readZip(output), "xl/comments1.xml");
    expect(xml.match(/ref="E5"/g)).toHaveLength(1);
  });

  it("marks cells with conditional formats that name the product: red for errors, yellow for warnings", () => {
    const xml = text(readZip(output), "xl/worksheets/sheet1.xml");
    const formats = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"><cfRule type="expression" dxfId="(\d+)"[^>]*><formula>([^<]+)<\/formula>/g)];
    expect(formats.map((m) => [m[1], m[3]])).toEqual([
      ["D5 E4", "\"lygip:error\"=\"lygip:error\""],
      ["E5", "\"lygip:warning\"=\"lygip:warning\""],
    ]);
    const styles = text(readZip(output), "xl/styles.xml");
    const dxfs = [...styles.matchAll(/<dxf>.*?<\/dxf>/g)].map((m) => m[0]);
    expect(dxfs[Number(formats[0][2])]).toContain('bgColor rgb="FFFFC7CE"');
    expect(dxfs[Number(formats[1][2])]).toContain('bgColor rgb="FFFFEB9C"');
  });

  it("leaves the marked cells' own style ids as they were", () => {
    const s = (bytes: Uint8Array, ref: string) =>
      new RegExp(`<c r="${ref}"([^>]*)>`).exec(text(readZip(bytes), "xl/worksheets/sheet1.xml"))?.[1].match(/s="(\d+)"/)?.[1];
    for (const ref of ["D5", "E4", "E5", "B4"]) expect(s(output, ref)).toBe(s(input, ref));
  });

  it("adds 问题清单 with links to the cells, 汇总 with the totals and 审核明细", () => {
    expect(after.worksheets.map((w) => w.name)).toEqual([TABLE_SHEET, OTHER_SHEET, "问题清单", "汇总", "审核明细"]);
    const issues = after.getWorksheet("问题清单")!;
    expect(issues.getCell("C2").value).toBe("E4");
    // An internal link: a location, no relationship (exceljs does not read these back, so the XML is checked).
    const xml = text(readZip(output), "xl/worksheets/sheet3.xml");
    expect(xml).toContain(`<hyperlink ref="C2" location="'${TABLE_SHEET}'!E4" display="E4"/>`);
    // UNKNOWN_DISTRICT: the table has no 所属县区 column, so the link goes to the row's first cell.
    expect(xml).toContain(`<hyperlink ref="C3" location="'${TABLE_SHEET}'!A4" display="A4"/>`);
    const summary = after.getWorksheet("汇总")!;
    const flat: string[] = [];
    summary.eachRow((row) => row.eachCell((c) => flat.push(String(c.value))));
    expect(flat).toContain("可核定金额合计（大写）");
    expect(flat).toContain("叁拾肆万贰仟元整");
  });

  it("writes the applicant's formula-like text as a string cell, never a formula", () => {
    const zip = readZip(output);
    for (const part of ["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]) expect(text(zip, part)).not.toContain("<f>");
    // Row 5's item was typed as "=SUM(1)": 问题清单 shows it in 支持事项 as the text it is.
    const issues = after.getWorksheet("问题清单")!;
    expect(issues.getCell("E4").value).toBe("=SUM(1)");
    expect(issues.getCell("E4").type).toBe(ExcelJS.ValueType.String);
    // 支持事项 wraps in 问题清单 (its style), and the text is a shared string, never a <f>.
    const cell = /<c r="E4" s="\d+" t="s"><v>(\d+)<\/v><\/c>/.exec(text(zip, "xl/worksheets/sheet3.xml"));
    expect(cell).not.toBeNull();
    expect(parseSharedStrings(text(zip, "xl/sharedStrings.xml"), "xl/sharedStrings.xml")[Number(cell![1])]).toBe("=SUM(1)");
  });

  it("keeps every sheet's children in the order Excel requires", () => {
    const zip = readZip(output);
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]) {
      const names = topLevelNames(text(zip, part));
      const ranks = names.map((n) => WORKSHEET_ORDER.indexOf(n as (typeof WORKSHEET_ORDER)[number]));
      expect({ part, ranks }).toEqual({ part, ranks: [...ranks].sort((a, b) => a - b) });
      expect(ranks).not.toContain(-1);
    }
  });
});

describe("annotateXlsx: a second run", () => {
  it("annotating the annotated copy with the same plan gives the same workbook, byte for byte", () => {
    const twice = annotateXlsx(output, fixturePlan());
    expect(Buffer.from(twice).equals(Buffer.from(output))).toBe(true);
  });

  it("…and cell by cell, with one set of result columns", async () => {
    const once = await load(output);
    const twice = await load(annotateXlsx(output, fixturePlan()));
    expect(dump(twice)).toEqual(dump(once));
    const header: unknown[] = [];
    twice.getWorksheet(TABLE_SHEET)!.getRow(2).eachCell((c) => header.push(c.value));
    expect(header.filter((v) => v === "审核结论")).toHaveLength(1);
  });
});

describe("annotateXlsx: every part it writes is well-formed XML", () => {
  it("passes xmllint --noout", () => {
    let lint = "";
    try {
      lint = execFileSync("which", ["xmllint"]).toString().trim();
    } catch {
      lint = "";
    }
    if (!lint) throw new Error("xmllint is missing: install it with `apt-get install -y libxml2-utils`");
    const before = readZip(input);
    const after = readZip(output);
    const { changed, added } = changedEntries(before, after);
    expect(xmllintFailures([...changed, ...added].map((name) => ({ name, xml: after.read(name) })))).toEqual([]);
  });
});

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (note === undefined || typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function topLevelNames(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const local = m[2].includes(":") ? m[2].split(":")[1] : m[2];
    if (m[1]) depth--;
    else {
      if (depth === 1) names.push(local);
      if (!m[3]) depth++;
    }
  }
  return names;
}

/** Every cell of every sheet: value, formula, style, note; and each sheet's conditional formats. */
function dump(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.value, c.style, noteText(c.note)])),
    );
    return { name: ws.name, cells, cf: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings };
  });
}
