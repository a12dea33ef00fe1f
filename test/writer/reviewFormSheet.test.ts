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
    expect(xml).toMatch(/<pageSetup paperSize="9"[^>]* orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
  });

  test("numbers its own pages from 1 of the form's page count in the footer, though the workbook's other sheets print before it", () => {
    const form = buildReviewForm(rows, { covers: ["a.xlsx"], checkedAt: info.checkedAt });
    const plan = planAnnotation(fixtureLayout(), rows, { info });
    const zip = readZip(summaryWorkbookXlsx({ ...plan.managers!, form }));
    const xml = text(zip, sheetPart(zip, "审核意见表"));
    // Printing the whole workbook otherwise numbers on from 汇总's and 审核明细's pages: 第 23 页 on a form's first page.
    expect(xml).toMatch(/<pageSetup [^>]*firstPageNumber="1"/);
    expect(xml).toMatch(/<pageSetup [^>]*useFirstPageNumber="1"/);
    // A signed form of several pages says how many there are, so a missing page shows: 第 2 页，共 3 页.
    expect(xml).toContain("<oddFooter>&amp;C审核意见表　第 &amp;P 页，共 &amp;N 页</oddFooter>");
    // The other sheets are not forms: their pages number on as the program printing them numbers them.
    for (const name of ["汇总", "审核明细", "审核信息"]) expect(text(zip, sheetPart(zip, name))).not.toContain("useFirstPageNumber");
  });
});

describe("审核意见表: lines across the form that are longer than it", () => {
  // Eight files of a district's batch, each named and filed as an office names and files them: the scope
  // line lists them all, and each file's heading is wider than the form by itself.
  const folder = "/data/连云港市市场监督管理局（知识产权局）/2026年度知识产权资助申报材料/海州区各乡镇街道汇总";
  const names = Array.from({ length: 8 }, (_, i) => `${folder}/连云港市海州区2026年度知识产权资助申报汇总表_第${i + 1}批_企业填报.xlsx`);
  const batch = names.map((_, file) => ({ ...rows[0], ref: { file, row: 3 } }));
  const form = buildReviewForm(batch, { covers: names, checkedAt: info.checkedAt, fileOf: (i) => names[i] });
  const plan = planAnnotation(fixtureLayout(), rows, { info });
  const zip = readZip(summaryWorkbookXlsx({ ...plan.managers!, form }));
  const xml = text(zip, sheetPart(zip, "审核意见表"));
  const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text(zip, "xl/styles.xml"))![1].matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const cellOf = (ref: string) => new RegExp(`<c r="${ref}"(?: s="(\\d+)")?[^>]*>`).exec(xml);
  const heightOf = (row: number) => Number(new RegExp(`<row r="${row}"[^>]*? ht="([\\d.]+)"`).exec(xml)?.[1] ?? 15);
  /** The form's width in the default font's characters: its ten columns, merged under each line across it. */
  const formWidth = [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].reduce((w, m) => w + Number(m[1]), 0);
  // A Chinese character (or a full-width bracket) takes two of them, a letter or digit one.
  const linesOf = (s: string) => Math.ceil([...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0) / formWidth);

  test("the scope line wraps within the form, its row tall enough for every file it names", () => {
    const a2 = cellOf("A2");
    expect(a2).not.toBeNull();
    expect(xfs[Number(a2![1] ?? 0)]).toContain('wrapText="1"');
    const scope = `审核范围：${names.join("、")}`;
    expect(linesOf(scope)).toBeGreaterThan(2);
    expect(heightOf(2)).toBeGreaterThanOrEqual(linesOf(scope) * 15);
  });

  test("a file's heading line wraps within the form and is as tall as its lines", () => {
    const heading = 5;
    expect(linesOf(`文件：${names[0]}`)).toBeGreaterThan(1);
    expect(xfs[Number(cellOf(`A${heading}`)![1] ?? 0)]).toContain('wrapText="1"');
    expect(heightOf(heading)).toBeGreaterThanOrEqual(linesOf(`文件：${names[0]}`) * 15);
  });
});
