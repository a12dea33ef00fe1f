/**
 * 审核意见表 written into the annotated copy and the --summary workbook: a sheet of ours recorded by role
 * `form` in the ownership record, rewritten where it stands on a second run, its header repeated on every
 * printed page, printed one A4 landscape page wide.
 */
import { planAnnotation } from "../../src/output/plan";
import { buildReviewForm } from "../../src/output/reviewForm";
import { annotateXlsx } from "../../src/writer/writeXlsx";
import { summaryWorkbookXlsx } from "../../src/writer/summaryWorkbook";
import { readZip, type ZipArchive } from "../../src/workbook/zip";
import { parseSharedStrings } from "../../src/workbook/xlsx/sharedStrings";
import { result } from "../output/fixtures";
import { buildApplicantWorkbook, fixtureLayout } from "./workbookFixture";

const rows = [
  result({ row: 3, unit: "连云港甲公司", item: "GI", claimed: "300000.00", approvable: "300000.00" }),
  result({ row: 4, unit: "连云港乙公司", item: "PLEDGE_LOAN", claimed: "50000.00", approvable: "42000.00", excess: "8000.00", verdict: "reduced" }),
];
const info = { checkedAt: "2026-12-06T14:00:00Z", version: "0.1.0", files: [{ name: "申报表.xlsx", sheet: "申报表", rows: 2 }] };
const text = (zip: ZipArchive, name: string) => Buffer.from(zip.read(name)).toString("utf8");
/** The part of the sheet named `name`, through the workbook's relationships. */
function sheetPart(zip: ZipArchive, name: string): string {
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(text(zip, "xl/workbook.xml"))![1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(text(zip, "xl/_rels/workbook.xml.rels"))![1];
  return `xl/${target}`;
}
const sheetNames = (zip: ZipArchive) => [...text(zip, "xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);

describe("审核意见表 in the annotated copy", () => {
  let once: Uint8Array;
  beforeAll(async () => {
    once = annotateXlsx(await buildApplicantWorkbook(), planAnnotation(fixtureLayout(), rows, { fileLabel: "申报表.xlsx", info }));
  });

  test("is a sheet of the copy, recorded as ours under role form", () => {
    const zip = readZip(once);
    expect(sheetNames(zip)).toContain("审核意见表");
    const record = zip.entries.map((e) => e.name).filter((n) => n.startsWith("customXml/item")).map((n) => text(zip, n)).find((x) => x.includes("urn:lygip:ownership:1"))!;
    expect(record).toMatch(/<sheet role="form" name="审核意见表" sha256="[0-9a-f]{64}"\/>/);
  });

  test("a second check rewrites it where it stands, never beside it as 审核意见表（2）", () => {
    const twice = readZip(annotateXlsx(once, planAnnotation(fixtureLayout(), rows, { fileLabel: "申报表.xlsx", info })));
    expect(sheetNames(twice)).toEqual(sheetNames(readZip(once)));
  });

  test("repeats its title lines and header (rows 1–4) on every printed page", () => {
    const zip = readZip(once);
    const index = sheetNames(zip).indexOf("审核意见表");
    expect(text(zip, "xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'审核意见表'!$1:$4</definedName>`);
  });
});

describe("审核明细 printed", () => {
  test("repeats its header and the columns up to 单位名称 (文件, 行号, 单位名称) on every page, since it is wider than one", async () => {
    const zip = readZip(annotateXlsx(await buildApplicantWorkbook(), planAnnotation(fixtureLayout(), rows, { fileLabel: "申报表.xlsx", info })));
    const index = sheetNames(zip).indexOf("审核明细");
    expect(text(zip, "xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'审核明细'!$A:$C,'审核明细'!$1:$1</definedName>`);
  });
});

describe("审核意见表 in the --summary workbook", () => {
  test("is written with the batch's other sheets, one A4 landscape page wide, centred", () => {
    const form = buildReviewForm(rows, { covers: ["a.xlsx", "b.xlsx"], checkedAt: info.checkedAt });
    const plan = planAnnotation(fixtureLayout(), rows, { info });
    const zip = readZip(summaryWorkbookXlsx({ ...plan.managers!, form }));
    expect(sheetNames(zip)).toEqual(["汇总", "审核明细", "审核信息", "审核意见表"]);
    const xml = text(zip, sheetPart(zip, "审核意见表"));
    // The scope line (A2) is a shared string of the workbook.
    const strings = parseSharedStrings(text(zip, "xl/sharedStrings.xml"), "xl/sharedStrings.xml");
    const a2 = /<c r="A2"[^>]* t="s"><v>(\d+)<\/v><\/c>/.exec(xml);
    expect(strings[Number(a2?.[1])]).toBe("审核范围：a.xlsx、b.xlsx");
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
  });
});
