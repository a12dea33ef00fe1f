/**
 * An application workbook with everything an applicant's file may hold: a title merged over the table, a
 * formula, number formats, a fill, data validation, a comment of their own, a second sheet, an image and a
 * chart. exceljs makes it; the chart (which exceljs cannot make) is added by editing the zip.
 */
import type * as ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import type { Issue } from "../../src/engine/issues";
import { planAnnotation } from "../../src/output/plan";
import type { AnnotationPlan } from "../../src/output/types";
import type { MappedColumn, TableLayout } from "../../src/workbook/types";
import type { FieldKey } from "../../src/engine/columns";
import { result } from "../output/fixtures";

/** A 2×2 PNG, built byte by byte: signature, IHDR, one IDAT, IEND. */
export function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  // Two scanlines, filter byte 0, then RGB pixels.
  const raw = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const TABLE_SHEET = "申报表";
export const OTHER_SHEET = "说明";

type ApplicantOptions = { extraSheet?: string; resultCellContent?: boolean };

const built = new Map<string, Uint8Array>();

/**
 * The workbook for these options, built once per `jest` run: kept in the run's scratch folder (see
 * test/globalSetup.ts) for the other test files, and in memory for this one's other tests. Loading exceljs
 * and building with it took most of a CPU-second in each of the eight files that ask for it. Each caller
 * gets its own copy of the bytes.
 */
export async function buildApplicantWorkbook(options: ApplicantOptions = {}): Promise<Uint8Array> {
  const key = JSON.stringify([options.extraSheet ?? null, options.resultCellContent ?? false]);
  let bytes = built.get(key);
  if (!bytes) {
    const run = process.env.LYGIP_TEST_RUN;
    const file = run && existsSync(run) ? join(run, `applicant-${createHash("sha256").update(key).digest("hex").slice(0, 16)}.xlsx`) : undefined;
    if (file && existsSync(file)) bytes = new Uint8Array(readFileSync(file));
    else {
      bytes = await makeApplicantWorkbook(options);
      if (file) {
        // Written under a name of its own and renamed: a file built side by side is never read half-written.
        writeFileSync(`${file}.${process.pid}`, bytes);
        renameSync(`${file}.${process.pid}`, file);
      }
    }
    built.set(key, bytes);
  }
  return bytes.slice();
}

async function makeApplicantWorkbook(options: ApplicantOptions): Promise<Uint8Array> {
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  const ws = wb.addWorksheet(TABLE_SHEET);
  ws.getCell("A1").value = "2026 年度知识产权资助申报表";
  ws.mergeCells("A1:E1");
  ws.addRow(["序号", "单位名称", "申报年度", "支持事项", "申请金额（元）"]);
  ws.getRow(2).font = { bold: true };
  ws.addRow([1, "=HYPERLINK(\"http://example.invalid\")", 2026, "地理标志", 300000]);
  ws.addRow([2, "连云港乙公司", 2026, "质押融资", { formula: "25000*2", result: 50000 }]);
  ws.addRow([3, "连云港丙公司", 2026, "=SUM(1)", null]);
  for (const r of [3, 4, 5]) ws.getCell(`E${r}`).numFmt = "#,##0.00";
  ws.getCell("B4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  for (const r of [3, 4, 5]) {
    ws.getCell(`C${r}`).dataValidation = { type: "list", allowBlank: true, formulae: ['"2025,2026,2027"'] };
  }
  ws.getCell("E5").note = "申报人自己的批注：金额待定";
  if (options.resultCellContent) ws.getCell("F4").value = "申报人的备注";

  const other = wb.addWorksheet(options.extraSheet ?? OTHER_SHEET);
  other.getCell("A1").value = "填表说明";
  other.getCell("A2").value = { formula: `'${TABLE_SHEET}'!E3*2`, result: 600000 };
  other.getCell("A2").numFmt = "0.00%";

  const image = wb.addImage({ buffer: tinyPng() as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(image, "H8:I10");

  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return addChart(bytes);
}

/** A minimal bar chart on the second sheet: chart part, drawing, their relationships and content types. */
async function addChart(bytes: Buffer): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const sheet2 = "xl/worksheets/sheet2.xml";
  const chart =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${TABLE_SHEET}'!$E$3:$E$4</c:f></c:numRef></c:val></c:ser>` +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    "</c:plotArea></c:chart></c:chartSpace>";
  const drawing =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>";
  const rels = (type: string, target: string) =>
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;

  zip.file("xl/charts/chart1.xml", chart);
  zip.file("xl/drawings/drawing9.xml", drawing);
  zip.file("xl/drawings/_rels/drawing9.xml.rels", rels("chart", "../charts/chart1.xml"));
  if (zip.file("xl/worksheets/_rels/sheet2.xml.rels")) throw new Error("fixture: sheet2 already has relationships");
  zip.file("xl/worksheets/_rels/sheet2.xml.rels", rels("drawing", "../drawings/drawing9.xml"));
  let s2 = await zip.file(sheet2)!.async("string");
  const drawingEl = '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>';
  s2 = s2.replace(/(<\/worksheet>)$/, (m) => m).replace(/(<pageMargins[^>]*\/>)/, `$1${drawingEl}`);
  if (!s2.includes(drawingEl)) throw new Error("fixture: could not place the chart's drawing in sheet2");
  zip.file(sheet2, s2);
  let ct = await zip.file("[Content_Types].xml")!.async("string");
  ct = ct.replace(
    "</Types>",
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
  );
  zip.file("[Content_Types].xml", ct);
  return new Uint8Array(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The table of the fixture: header row 2, data rows 3–5, columns A–E; results from F. */
export function fixtureLayout(): TableLayout {
  const fields: FieldKey[] = ["seq", "unit", "year", "item", "claimed"];
  const columns = new Map<FieldKey, MappedColumn>(fields.map((f, index) => [f, { index, header: f, tenThousand: false }]));
  return { sheet: TABLE_SHEET, headerRow: 2, dataRows: [3, 4, 5], columns, lastCol: 4, resultCol: 5, resultFound: false };
}

export const OVER_ELIGIBLE: Issue = { code: "OVER_ELIGIBLE", field: "claimed", clause: "（七）", claimed: 5_000_000, eligible: 4_200_000 };
export const UNKNOWN_DISTRICT: Issue = { code: "UNKNOWN_DISTRICT", field: "district", found: "外地" };
export const UNKNOWN_ITEM: Issue = { code: "UNKNOWN_ITEM", field: "item", found: "=SUM(1)", closest: ["地理标志保护产品、地理标志商标"] };
export const NO_CLAIM: Issue = { code: "NO_CLAIM", field: "claimed", clause: "（二）", eligible: 0 };

/** Row 3 passes; row 4 claims too much (its claim is a formula); row 5 has an unknown item and no claim. */
export function fixturePlan(): AnnotationPlan {
  return planAnnotation(fixtureLayout(), [
    result({ row: 3, unit: "=HYPERLINK(\"http://example.invalid\")", item: "GI", claimed: "300000.00", approvable: "300000.00" }),
    result({ row: 4, unit: "连云港乙公司", item: "PLEDGE_LOAN", claimed: "50000.00", approvable: "42000.00", excess: "8000.00", issues: [OVER_ELIGIBLE, UNKNOWN_DISTRICT] }),
    result({ row: 5, unit: "连云港丙公司", item: null, typedItem: "=SUM(1)", claimed: null, approvable: "0.00", issues: [UNKNOWN_ITEM, NO_CLAIM] }),
  ], { fileLabel: "申报表.xlsx" });
}

/** A plan for a sheet 表 with header row 1 (A: 单位名称, B: 申请金额) and data rows 2 and 3: results from C. */
export function twoRowPlan(): AnnotationPlan {
  const fields: FieldKey[] = ["unit", "claimed"];
  const columns = new Map<FieldKey, MappedColumn>(fields.map((f, index) => [f, { index, header: f, tenThousand: false }]));
  const layout: TableLayout = { sheet: "表", headerRow: 1, dataRows: [2, 3], columns, lastCol: 1, resultCol: 2, resultFound: false };
  return planAnnotation(layout, [
    result({ row: 2, unit: "甲公司", item: "GI", claimed: "1000.00", approvable: "1000.00" }),
    result({ row: 3, unit: "乙公司", item: "GI", claimed: "2000.00", approvable: "2000.00" }),
  ], { fileLabel: "表.xlsx" });
}
