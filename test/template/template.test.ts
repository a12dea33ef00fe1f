/**
 * The blank template (`lygip template`), read back by exceljs as a spreadsheet program would, and its parts
 * against the ECMA-376 schemas. The outcome list is written from MEASURES.md decision 17's canonical texts.
 */
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { columnLetters } from "../../src/workbook/xlsx/cellRef";
import { COLUMNS, type FieldKey } from "../../src/engine/columns";
import { DISTRICTS, EDITION, ITEMS } from "../../src/policy";
import { readZip } from "../../src/workbook/zip";
import { xmllintFailures } from "../support/xmllint";
import {
  GUIDE_SHEET, OPTIONS_SHEET, TEMPLATE_DATA_ROWS, TEMPLATE_SHEET, buildTemplate, templateLevels,
} from "../../src/writer/template";

type Validation = { type: string; formulae: string[]; allowBlank?: boolean; errorStyle?: string };

/** MEASURES.md decision 17: the canonical outcome texts the template offers, by condition. */
// The canonical texts of decision 17 for the clauses whose condition is an event after the grant.
const ACCEPTANCE = ["已通过验收", "未通过验收", "尚未验收"];
const DOMESTIC = ["判决胜诉且已生效", "裁决获胜且已生效", "和解并获赔偿", "撤诉并获益", "判决胜诉尚未生效", "和解未获益", "撤诉未获益", "败诉", "审理中"];
const OVERSEAS = ["判决胜诉", "和解（文书未载明申请人侵权）", "和解（文书载明申请人侵权）", "败诉", "审理中"];
const RESEARCH = ["已通过结题验收", "未通过结题验收", "尚未结题验收"];

let buffer: Buffer;
let wb: ExcelJS.Workbook;
let table: ExcelJS.Worksheet;
let options: ExcelJS.Worksheet;

beforeAll(async () => {
  buffer = Buffer.from(buildTemplate());
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  table = wb.getWorksheet(TEMPLATE_SHEET)!;
  options = wb.getWorksheet(OPTIONS_SHEET)!;
});

function colOf(key: FieldKey): number {
  return COLUMNS.findIndex((c) => c.key === key) + 1;
}

function validationAt(address: string): Validation | undefined {
  return (table as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model[address];
}

/** The values of a list the validation formula points at ('选项'!$A$2:$A$33). */
function listValues(formula: string): unknown[] {
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`not a range: ${formula}`);
  expect(m[1]).toBe(OPTIONS_SHEET);
  expect(m[2]).toBe(m[4]);
  const ws = wb.getWorksheet(m[1])!;
  const out: unknown[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(ws.getCell(`${m[2]}${r}`).value);
  return out;
}

describe("the template's table sheet", () => {
  test("has the template header of every column, in COLUMNS order, from A1", () => {
    const headers = COLUMNS.map((_, i) => table.getRow(1).getCell(i + 1).value);
    expect(headers).toEqual(COLUMNS.map((c) => c.headers[0]));
    expect(table.getRow(1).getCell(COLUMNS.length + 1).value).toBeNull();
  });

  test("is the first sheet, so a reader that takes the first table finds it", () => {
    expect(wb.worksheets[0].name).toBe(TEMPLATE_SHEET);
  });

  test("freezes the header row", () => {
    const view = table.views[0] as { state: string; ySplit?: number };
    expect(view.state).toBe("frozen");
    expect(view.ySplit).toBe(1);
  });

  test("formats money columns #,##0.00, dates yyyy-mm-dd, years and integers 0", () => {
    for (const key of ["base", "fees", "claimed"] as const) expect(table.getColumn(colOf(key)).numFmt).toBe("#,##0.00");
    for (const key of ["eventDate", "startDate"] as const) expect(table.getColumn(colOf(key)).numFmt).toBe("yyyy-mm-dd");
    for (const key of ["year", "quantity", "months"] as const) expect(table.getColumn(colOf(key)).numFmt).toBe("0");
  });

  test("keeps credit codes and ID numbers as text, so 18 digits never become a rounded number", () => {
    for (const key of ["creditCode", "personId", "ref"] as const) expect(table.getColumn(colOf(key)).numFmt).toBe("@");
  });

  test("gives every column a width", () => {
    COLUMNS.forEach((_, i) => expect(table.getColumn(i + 1).width).toBeGreaterThan(5));
  });

  test("marks required headers apart from optional ones", () => {
    const colour = (key: FieldKey) => table.getRow(1).getCell(colOf(key)).font?.color?.argb;
    expect(colour("unit")).not.toBe(colour("seq"));
    expect(colour("item")).toBe(colour("unit"));
  });
});

describe("the drop-down lists", () => {
  const listed: [FieldKey, () => unknown[]][] = [
    ["item", () => ITEMS.map((i) => i.name)],
    ["level", () => templateLevels().map((l) => l.name)],
    ["district", () => DISTRICTS.map((d) => d.name)],
    ["year", () => Array.from({ length: EDITION.lastYear - EDITION.firstYear + 1 }, (_, i) => EDITION.firstYear + i)],
  ];

  test.each(listed)("%s: a list validation on every data row, pointing at a range of the options sheet", (key, expected) => {
    const letter = columnLetters(colOf(key) - 1);
    for (const row of [2, 500, TEMPLATE_DATA_ROWS + 1]) {
      const v = validationAt(`${letter}${row}`);
      expect(v?.type).toBe("list");
      expect(v?.allowBlank).toBe(true);
      expect(v!.formulae).toHaveLength(1);
      expect(listValues(v!.formulae[0])).toEqual(expected());
    }
    expect(validationAt(`${letter}1`)).toBeUndefined();
  });

  test("the item list holds every item's Chinese name, more than Excel's 255-character inline limit", () => {
    const v = validationAt(`${columnLetters(colOf("item") - 1)}2`)!;
    const names = listValues(v.formulae[0]);
    expect(names).toHaveLength(ITEMS.length);
    expect(names.join(",").length).toBeGreaterThan(255);
  });

  test("the level list holds 国家级, 省级, the enterprise and engineer grades and the three outlet kinds", () => {
    const v = validationAt(`${columnLetters(colOf("level") - 1)}2`)!;
    const levels = listValues(v.formulae[0]);
    for (const name of ["国家级", "省级", "示范企业", "优势企业", "中级", "高级", "正高级", "技术与创新支持中心"]) {
      expect(levels).toContain(name);
    }
    for (const item of ITEMS) for (const l of item.levels ?? []) expect(levels).toContain(l.name);
  });

  test("the district list holds the six districts and the four functional zones", () => {
    const v = validationAt(`${columnLetters(colOf("district") - 1)}2`)!;
    expect(listValues(v.formulae[0])).toEqual(
      expect.arrayContaining(["海州区", "连云区", "赣榆区", "东海县", "灌云县", "灌南县", "徐圩新区", "云台山风景名胜区"]),
    );
  });

  test("columns without a list have no validation", () => {
    expect(validationAt(`${columnLetters(colOf("unit") - 1)}2`)).toBeUndefined();
    expect(validationAt(`${columnLetters(colOf("claimed") - 1)}2`)).toBeUndefined();
  });

  test("the options sheet is hidden", () => {
    expect(options.state).toBe("hidden");
  });
});

describe("the guide sheet", () => {
  test("explains every column in Chinese with the English beneath", () => {
    const guide = wb.getWorksheet(GUIDE_SHEET)!;
    const firstCol: string[] = [];
    guide.eachRow((row) => firstCol.push(String(row.getCell(1).value ?? "")));
    for (const column of COLUMNS) {
      const i = firstCol.indexOf(column.headers[0]);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(firstCol[i + 1]).toBe(column.en);
    }
  });
});

describe("the outcome drop-down (结果/状态)", () => {
  const letter = () => columnLetters(colOf("outcome") - 1);

  test("a list validation on every data row, holding every canonical outcome of decision 17 once", () => {
    for (const row of [2, 500, TEMPLATE_DATA_ROWS + 1]) {
      const v = validationAt(`${letter()}${row}`);
      expect(v?.type).toBe("list");
      expect(v?.allowBlank).toBe(true);
      expect(listValues(v!.formulae[0])).toEqual([...new Set([...ACCEPTANCE, ...DOMESTIC, ...OVERSEAS, ...RESEARCH])]);
    }
    expect(validationAt(`${letter()}1`)).toBeUndefined();
  });

  test("a narrated outcome stays allowed: typing outside the list only informs, it never stops", () => {
    expect(validationAt(`${letter()}2`)?.errorStyle).toBe("information");
    for (const key of ["item", "level", "district", "year"] as const) {
      expect(validationAt(`${columnLetters(colOf(key) - 1)}2`)?.errorStyle).toBe("warning");
    }
  });

  test("the guide lists, per item with an event condition, the outcomes that belong to it", () => {
    const guide = wb.getWorksheet(GUIDE_SHEET)!;
    const byName = new Map<string, string>();
    guide.eachRow((row) => byName.set(String(row.getCell(1).value ?? ""), String(row.getCell(3).value ?? "")));
    expect(byName.get("国内知识产权维权")).toBe(DOMESTIC.join(" / "));
    expect(byName.get("海外知识产权维权")).toBe(OVERSEAS.join(" / "));
    for (const code of ["HVP_PROJECT", "PATENT_NAV"]) expect(byName.get(ITEMS.find((i) => i.code === code)!.name)).toBe(ACCEPTANCE.join(" / "));
    expect(byName.get(ITEMS.find((i) => i.code === "IP_RESEARCH")!.name)).toBe(RESEARCH.join(" / "));
    // A grant item (its award is for the grant itself: a blank outcome is the grant as claimed) is not listed.
    const grant = ITEMS.find((i) => i.condition?.kind === "grant")!;
    expect(byName.has(grant.name)).toBe(false);
  });
});

describe("the package", () => {
  test("every part validates against the ECMA-376 transitional schemas (xmllint --schema)", () => {
    const schemas = resolve(__dirname, "../../docs/ooxml-schemas");
    const schemaOf = (name: string) =>
      name === "[Content_Types].xml" ? "opc-contentTypes.xsd" : name.endsWith(".rels") ? "opc-relationships.xsd" : "sml.xsd";
    const zip = readZip(buffer);
    const failures = xmllintFailures(zip.entries.map((e) => ({ name: e.name, xml: zip.read(e.name), schema: join(schemas, schemaOf(e.name)) })));
    expect(zip.entries.map((e) => e.name)).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]));
    expect(failures).toEqual([]);
  });

  test("two builds are the same bytes: no date of writing inside", () => {
    expect(Buffer.from(buildTemplate()).equals(buffer)).toBe(true);
  });
});
