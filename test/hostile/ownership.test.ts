/**
 * The copy loses nothing it did not write (issue 10 point 4): lygip owns only the sheets and result cells
 * its record names with a digest of their values, never what a name, a sheet title or a header claims.
 * Through the command line, on workbooks built part by part.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { editSheetCells } from "../../src/writer/sheetCells";
import { sheetDigest } from "../../src/writer/ownership";
import { escapeAttr } from "../../src/workbook/xml";
import { readZip, writeZip, type ZipArchive } from "../../src/workbook/zip";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { HEAD, HZ, cellXml, rowsXml, NS_MAIN, NS_REL, minimalEntries, worksheetXml, type MinimalSheet } from "./minimalXlsx";

const claim = (unit: string, amount: number, ref: string) => [unit, HZ, "海州区", 2026, "GI", "2026-03-01", ref, amount];
/** The table is A..H; the five result columns go to I..M. */
const RESULT_COL = 8;

const cell = cellXml;

/** The application sheet: header, two claims, and below the table a note typed into the first result column. */
const APPLICATION_ROWS =
  rowsXml([HEAD, claim("甲公司", 100000, "G1"), claim("乙公司", 100000, "G2")]) +
  `<row r="8">${cell(8, RESULT_COL, "审核人备注：已电话核实")}${cell(8, RESULT_COL + 3, "另附说明")}</row>`;

const workbookXml = (sheets: readonly MinimalSheet[], names = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
  `<bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
  (names ? `<definedNames>${names}</definedNames>` : "") +
  `</workbook>`;

/** Hidden names that an earlier lygip used to recognise its own sheets, all pointing at the application sheet. */
const FORGED_NAMES = ["_lygip_checked", "_lygip_issues", "_lygip_summary", "_lygip_detail", "_lygip_info"]
  .map((n) => `<definedName name="${n}" hidden="1">'申报表'!$A$1</definedName>`)
  .join("");

function write(dir: string, name: string, bytes: Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const text = (zip: ZipArchive, name: string) => Buffer.from(zip.read(name)).toString("utf8");

/** Sheet name → its part's text, through the workbook's relationships. */
function sheetsOf(bytes: Uint8Array): Map<string, string> {
  const zip = readZip(bytes);
  const wb = text(zip, "xl/workbook.xml");
  const rels = text(zip, "xl/_rels/workbook.xml.rels");
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)![1];
    out.set(m[1], text(zip, `xl/${target.replace(/^\/?xl\//, "")}`));
  }
  return out;
}

/** Every input cell of the application sheet, as written, is still in the copy's sheet. */
function keepsApplicationCells(copySheet: string): void {
  for (const m of APPLICATION_ROWS.matchAll(/<c r="[A-Z]+\d+"[^>]*>.*?<\/c>/g)) expect(copySheet).toContain(m[0]);
}

async function checkInto(input: string, out: string) {
  const r = await lygip("check", input, "--json", "--out", out);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

beforeEach(() => {
  // 审核信息 says when the check ran: a fixed clock makes two checks comparable byte for byte.
  jest.useFakeTimers({ now: new Date("2026-12-01T10:00:00Z"), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
});
afterEach(() => jest.useRealTimers());

describe("point 4: lygip owns only what its record names and what is unchanged since it wrote it", () => {
  it("defined names that look like lygip's leave the application sheet intact: ours are added beside it", async () => {
    const sheets = [{ name: "申报表", rows: APPLICATION_ROWS }, { name: "说明", rows: rowsXml([["填表说明"]]) }];
    const input = write(tempDir(), "申报表.xlsx", writeZip(minimalEntries({ sheets, workbookXml: workbookXml(sheets, FORGED_NAMES) })));
    const out = tempDir();
    const { code, report } = await checkInto(input, out);
    expect(code).toBe(0);
    const copy = readFileSync(report.files[0].output);
    const copySheets = sheetsOf(copy);
    expect([...copySheets.keys()]).toEqual(["申报表", "说明", "问题清单", "汇总", "审核明细", "审核信息", "审核意见表"]);
    keepsApplicationCells(copySheets.get("申报表")!);
    expect(copySheets.get("说明")).toBe(worksheetXml(rowsXml([["填表说明"]])));
    // The copy checks again with the same rows: the application sheet is still the one read.
    const again = await checkInto(write(tempDir(), "申报表.xlsx", copy), tempDir());
    expect(again.report.files[0].sheet).toBe("申报表");
    expect(again.report.files[0].rows.map((r: { unit: string }) => r.unit)).toEqual(["甲公司", "乙公司"]);
  });

  it("a record naming the application sheet as lygip's claims nothing, with a wrong digest or even with its true one", async () => {
    const sheets = [{ name: "申报表", rows: APPLICATION_ROWS }];
    const truth = sheetDigest(worksheetXml(APPLICATION_ROWS), "sheet", () => undefined);
    for (const sha of ["0".repeat(64), truth]) {
      const record =
        `<?xml version="1.0" encoding="UTF-8"?><ownership xmlns="urn:lygip:ownership:1">` +
        `<results sheet="申报表" firstCol="0" lastCol="12" rows="1-8" sha256="${sha}"/>` +
        ["issues", "summary", "detail", "info", "form"].map((role) => `<sheet role="${role}" name="申报表" sha256="${sha}"/>`).join("") +
        `</ownership>`;
      const entries = minimalEntries({ sheets }).map((e) =>
        "data" in e && e.name === "xl/_rels/workbook.xml.rels"
          ? { name: e.name, data: String(e.data).replace("</Relationships>", `<Relationship Id="rId9" Type="${NS_REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`) }
          : e,
      );
      const input = write(tempDir(), "申报表.xlsx", writeZip([...entries, { name: "customXml/item1.xml", data: record }]));
      const { code, report } = await checkInto(input, tempDir());
      expect(code).toBe(0);
      const copySheets = sheetsOf(readFileSync(report.files[0].output));
      expect([...copySheets.keys()]).toEqual(["申报表", "问题清单", "汇总", "审核明细", "审核信息", "审核意见表"]);
      // Not a cell of the application is cleared, nor the note below the table in the result columns.
      keepsApplicationCells(copySheets.get("申报表")!);
    }
  });

  it("text typed below the table in the result columns survives a re-check of the copy", async () => {
    const sheets = [{ name: "申报表", rows: APPLICATION_ROWS }];
    const input = write(tempDir(), "申报表.xlsx", writeZip(minimalEntries({ sheets })));
    const first = await checkInto(input, tempDir());
    const copy = readFileSync(first.report.files[0].output);
    expect(sheetsOf(copy).get("申报表")).toContain("审核人备注：已电话核实");
    const second = await checkInto(write(tempDir(), "申报表.xlsx", copy), tempDir());
    expect(second.code).toBe(0);
    const sheet = sheetsOf(readFileSync(second.report.files[0].output)).get("申报表")!;
    expect(sheet).toContain(cell(8, RESULT_COL, "审核人备注：已电话核实"));
    expect(sheet).toContain(cell(8, RESULT_COL + 3, "另附说明"));
  });

  it("a result cell changed in the copy is no longer lygip's: the re-check refuses the copy and overwrites nothing", async () => {
    const sheets = [{ name: "申报表", rows: APPLICATION_ROWS }];
    const first = await checkInto(write(tempDir(), "申报表.xlsx", writeZip(minimalEntries({ sheets }))), tempDir());
    const copy = readZip(readFileSync(first.report.files[0].output));
    const edited = writeZip(
      copy.entries.map((e) =>
        e.name === "xl/worksheets/sheet1.xml"
          ? { name: e.name, data: text(copy, e.name).replace(/<c r="M2"([^>]*?) t="s"><v>\d+<\/v><\/c>/, '<c r="M2"$1 t="inlineStr"><is><t>审核人改写的说明</t></is></c>') }
          : { copy: e },
      ),
    );
    expect(Buffer.from(edited).toString("latin1")).not.toBe(Buffer.from(readFileSync(first.report.files[0].output)).toString("latin1"));
    const { report, stderr } = await checkInto(write(tempDir(), "申报表.xlsx", edited), tempDir());
    expect(report.files[0].output).toBeNull();
    expect(report.files[0].rows).toHaveLength(2);
    // The cell the reviewer changed is named, not the block's first cell: M2 alone, never I1 and the rest.
    expect(stderr).toMatch(/未写出批注副本：工作表「申报表」的审核结果列已有内容：M2，与 lygip 的审核记录不符（上次审核后被改动过）/);
  });

  it("an applicant's sheet named 问题清单 is kept; ours is 问题清单（2）, and the copy of the copy equals the copy", async () => {
    const theirs = rowsXml([["申报人自己的问题清单"], ["第一条"]]);
    const sheets = [{ name: "申报表", rows: APPLICATION_ROWS }, { name: "问题清单", rows: theirs }];
    const input = write(tempDir(), "申报表.xlsx", writeZip(minimalEntries({ sheets, workbookXml: workbookXml(sheets, FORGED_NAMES) })));
    const first = await checkInto(input, tempDir());
    const copy = readFileSync(first.report.files[0].output);
    const copySheets = sheetsOf(copy);
    expect([...copySheets.keys()]).toEqual(["申报表", "问题清单", "问题清单（2）", "汇总", "审核明细", "审核信息", "审核意见表"]);
    expect(copySheets.get("问题清单")).toBe(worksheetXml(theirs));

    // The copy, in the original's place (审核信息 names the file checked), checked again: the same bytes.
    copyFileSync(first.report.files[0].output, input);
    const second = await checkInto(input, tempDir());
    expect(second.code).toBe(0);
    expect(Buffer.from(readFileSync(second.report.files[0].output)).equals(copy)).toBe(true);
  });

  it("the writer refuses a repeated <row> element rather than drop one of its cells", () => {
    const xml = worksheetXml(`<row r="2">${cell(2, 0, "甲")}</row><row r="2">${cell(2, 1, "乙")}</row>`);
    expect(() => editSheetCells(xml, "xl/worksheets/sheet1.xml", () => ({ writes: new Map() }))).toThrow(/row 2 repeated or out of order/);
  });
});
