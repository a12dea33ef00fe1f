/**
 * Names the copy takes are free ones: the table object over 审核明细 never shares its name with a table or a
 * defined name the workbook already has (table names are unique workbook-wide, case-insensitive, and live in
 * the same namespace as defined names: Excel "repairs" a workbook where two collide).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DETAIL_TABLE_NAME } from "../../src/output/detail";
import { escapeAttr } from "../../src/workbook/xml";
import { readZip, writeZip } from "../../src/workbook/zip";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { HEAD, HZ, rowsXml, NS_MAIN, NS_REL, minimalEntries } from "./minimalXlsx";

const CLAIM = ["甲公司", HZ, "海州区", 2026, "GI", "2026-03-01", "G1", 100000];

const row = (r: number, values: readonly (string | number)[]) => rowsXml([values], r);

const tableXml = (id: number, name: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS_MAIN}" id="${id}" name="${escapeAttr(name)}" displayName="${escapeAttr(name)}" ref="A1:B2">` +
  `<autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="甲"/><tableColumn id="2" name="乙"/></tableColumns></table>`;

/** An application sheet, and a second sheet holding the applicant's own table called `theirs`. */
function workbookWith(theirs: string, definedName?: string): string {
  const sheets = [
    { name: "申报表", rows: row(1, HEAD) + row(2, CLAIM) },
    { name: "台账", rows: row(1, ["甲", "乙"]) + row(2, ["x", "y"]), after: `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` },
  ];
  const workbookXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews>` +
    `<sheets><sheet name="申报表" sheetId="1" r:id="rId1"/><sheet name="台账" sheetId="2" r:id="rId2"/></sheets>` +
    (definedName ? `<definedNames><definedName name="${definedName}">'台账'!$A$1</definedName></definedNames>` : "") +
    `</workbook>`;
  const extra = [
    { name: "xl/tables/table1.xml", data: tableXml(1, theirs) },
    {
      name: "xl/worksheets/_rels/sheet2.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    },
  ];
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "申报表.xlsx");
  writeFileSync(path, writeZip(minimalEntries({ sheets, workbookXml, extra })));
  return path;
}

/** Every table name of a copy and every defined name, lower-cased as Excel compares them. */
function namesOf(bytes: Uint8Array): { tables: string[]; defined: string[] } {
  const zip = readZip(bytes);
  const text = (n: string) => Buffer.from(zip.read(n)).toString("utf8");
  const tables = zip.entries.filter((e) => /^xl\/tables\/.*\.xml$/.test(e.name)).map((e) => /<table [^>]*\bname="([^"]*)"/.exec(text(e.name))![1]);
  const defined = [...text("xl/workbook.xml").matchAll(/<definedName [^>]*name="([^"]*)"/g)].map((m) => m[1]).filter((n) => !n.startsWith("_xlnm."));
  return { tables, defined };
}

async function copyOf(input: string): Promise<Uint8Array> {
  const r = await lygip("check", input, "--json", "--out", tempDir());
  expect(r.code).toBe(0);
  return readFileSync(JSON.parse(r.stdout).files[0].output);
}

function allDistinct(names: readonly string[]): void {
  const lower = names.map((n) => n.toLowerCase());
  expect(new Set(lower).size).toBe(lower.length);
}

describe("the table over 审核明细 takes a free name", () => {
  it(`an applicant's table already called ${DETAIL_TABLE_NAME}: ours takes another name, theirs keeps its own`, async () => {
    const { tables, defined } = namesOf(await copyOf(workbookWith(DETAIL_TABLE_NAME)));
    expect(tables).toContain(DETAIL_TABLE_NAME);
    expect(tables).toHaveLength(2);
    allDistinct([...tables, ...defined]);
  });

  it("the clash is found without regard to case (LYGIP明细 is the same name to Excel)", async () => {
    const theirs = DETAIL_TABLE_NAME.toUpperCase();
    const { tables, defined } = namesOf(await copyOf(workbookWith(theirs)));
    expect(tables).toContain(theirs);
    allDistinct([...tables, ...defined]);
  });

  it("a defined name of that name also makes ours take another", async () => {
    const { tables, defined } = namesOf(await copyOf(workbookWith("另一个表", DETAIL_TABLE_NAME)));
    expect(defined).toContain(DETAIL_TABLE_NAME);
    allDistinct([...tables, ...defined]);
  });

  it("the copy checked again keeps the name it took: the copy of the copy has the same tables", async () => {
    const copy = await copyOf(workbookWith(DETAIL_TABLE_NAME));
    const dir = tempDir();
    writeFileSync(join(dir, "申报表.xlsx"), copy);
    const again = namesOf(await copyOf(join(dir, "申报表.xlsx")));
    expect(again.tables.sort()).toEqual(namesOf(copy).tables.sort());
  });
});
