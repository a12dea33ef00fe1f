import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { COLUMNS, type FieldKey } from "../../src/engine/columns";
import { checkCreditCode } from "../../src/engine/creditCode";
import { CITY_DIVISION_PREFIX, DISTRICTS, ITEMS, resolveDistrict, resolveItem, resolveLevel } from "../../src/policy";
import { REMARK_HEADER, SAMPLE_FILE_NAME, buildSample } from "../../scripts/sample";
import { TEMPLATE_SHEET } from "../../src/writer/template";

const SAMPLE_PATH = path.join(__dirname, "..", "..", "samples", SAMPLE_FILE_NAME);

let ws: ExcelJS.Worksheet;
let rows: ExcelJS.Row[];

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  ws = wb.getWorksheet(TEMPLATE_SHEET)!;
  rows = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
});

function col(key: FieldKey): number {
  return COLUMNS.findIndex((c) => c.key === key) + 1;
}

function cellOf(row: ExcelJS.Row, key: FieldKey): ExcelJS.CellValue {
  return row.getCell(col(key)).value;
}

function text(row: ExcelJS.Row, key: FieldKey): string {
  const v = cellOf(row, key);
  return v === null || v === undefined ? "" : String(v);
}

/** Rows whose item resolves to the code. */
function rowsOf(code: string): ExcelJS.Row[] {
  return rows.filter((r) => {
    const hit = resolveItem(text(r, "item"));
    return hit.ok && hit.value.code === code;
  });
}

function isoDay(v: ExcelJS.CellValue): string | null {
  return v instanceof Date ? v.toISOString().slice(0, 10) : null;
}

test("the committed sample is what the generator builds now, byte for byte", async () => {
  const built = await buildSample();
  expect(built.equals(fs.readFileSync(SAMPLE_PATH))).toBe(true);
});

test("opens with exceljs and has about forty data rows on 申报表 under the template headers", () => {
  expect(rows.length).toBeGreaterThanOrEqual(40);
  expect(rows.length).toBeLessThanOrEqual(60);
  COLUMNS.forEach((c, i) => expect(ws.getRow(1).getCell(i + 1).value).toBe(c.headers[0]));
});

test("covers all 32 item codes, each resolved from the 支持事项 cell", () => {
  const codes = new Set<string>();
  for (const r of rows) {
    const hit = resolveItem(text(r, "item"));
    if (hit.ok) codes.add(hit.value.code);
  }
  expect(ITEMS).toHaveLength(32);
  expect([...codes].sort()).toEqual(ITEMS.map((i) => i.code).sort());
});

test("has an applicant's own 备注 column right of the table, with notes in it", () => {
  expect(ws.getRow(1).getCell(COLUMNS.length + 1).value).toBe(REMARK_HEADER);
  expect(rows.filter((r) => r.getCell(COLUMNS.length + 1).value).length).toBeGreaterThan(3);
});

describe("the worked examples of MEASURES.md", () => {
  test("pledge loan: 180,000 interest over 18 months with 20,000 fees, and 900,000 over 12 months", () => {
    const loans = rowsOf("PLEDGE_LOAN").map((r) => [cellOf(r, "base"), cellOf(r, "months"), cellOf(r, "fees") ?? 0]);
    expect(loans).toEqual(expect.arrayContaining([[180000, 18, 20000], [900000, 12, 0]]));
  });

  test("DATA_IP 30 certificates and MEDIATION 37 cases", () => {
    expect(rowsOf("DATA_IP").map((r) => cellOf(r, "quantity"))).toContain(30);
    expect(rowsOf("MEDIATION").map((r) => cellOf(r, "quantity"))).toContain(37);
  });

  test("open licence: 25 declared and 3 deals for one patentee in one year", () => {
    const [declare] = rowsOf("OPEN_LICENSE_DECLARE");
    const [deal] = rowsOf("OPEN_LICENSE_DEAL");
    expect(cellOf(declare, "quantity")).toBe(25);
    expect(cellOf(deal, "quantity")).toBe(3);
    expect(text(deal, "creditCode")).toBe(text(declare, "creditCode"));
    expect(cellOf(deal, "year")).toBe(cellOf(declare, "year"));
  });

  test("IP_ENGINEER 2 × 高级 and 1 × 正高级 on two rows", () => {
    const engineers = rowsOf("IP_ENGINEER").map((r) => [text(r, "level"), cellOf(r, "quantity")]);
    expect(engineers).toEqual(expect.arrayContaining([["高级", 2], ["正高级", 1]]));
  });

  test("overseas enforcement: 300,000 then 200,000 agency fees for one entity in one year", () => {
    const cases = rowsOf("ENFORCEMENT_OVERSEAS");
    expect(cases.map((r) => cellOf(r, "base"))).toEqual([300000, 200000]);
    expect(text(cases[1], "creditCode")).toBe(text(cases[0], "creditCode"));
    expect(cellOf(cases[1], "year")).toBe(cellOf(cases[0], "year"));
  });
});

describe("the common mistakes, one recognisable row each", () => {
  test("an event dated 2025-05-31, the day before the period", () => {
    expect(rows.some((r) => isoDay(cellOf(r, "eventDate")) === "2025-05-31")).toBe(true);
  });

  test("a duplicate certificate number for one unit and item", () => {
    const seen = new Set<string>();
    let dup = false;
    for (const r of rows) {
      if (!text(r, "ref")) continue;
      const key = `${text(r, "creditCode")}|${text(r, "item")}|${text(r, "ref")}`;
      if (seen.has(key)) dup = true;
      seen.add(key);
    }
    expect(dup).toBe(true);
  });

  test("a second TRAINING_BASE for one unit", () => {
    const units = rowsOf("TRAINING_BASE").map((r) => text(r, "creditCode"));
    expect(units).toHaveLength(2);
    expect(units[0]).toBe(units[1]);
  });

  test("a pledge loan in a third distinct year for one unit", () => {
    const years = new Map<string, Set<unknown>>();
    for (const r of rowsOf("PLEDGE_LOAN")) {
      const key = text(r, "creditCode");
      years.set(key, (years.get(key) ?? new Set()).add(cellOf(r, "year")));
    }
    expect(Math.max(...[...years.values()].map((s) => s.size))).toBe(3);
  });

  test("every credit code is valid except exactly one with a wrong check character", () => {
    const bad = rows.map((r) => checkCreditCode(text(r, "creditCode"))).filter((c) => !c.ok);
    expect(bad).toEqual([{ ok: false, problem: "check" }]);
  });

  test("one credit code registered outside 3207, the rest in Lianyungang's six districts", () => {
    const divisions = rows.map((r) => checkCreditCode(text(r, "creditCode"))).flatMap((c) => (c.ok ? [c.division] : []));
    expect(divisions.filter((d) => !d.startsWith(CITY_DIVISION_PREFIX))).toHaveLength(1);
    const local = new Set(divisions.filter((d) => d.startsWith(CITY_DIVISION_PREFIX)));
    expect([...local].sort()).toEqual(["320703", "320706", "320707", "320722", "320723", "320724"]);
  });

  test("a district column that contradicts its credit code, and one that is no district", () => {
    let contradicts = 0;
    let unknown = 0;
    for (const r of rows) {
      const district = resolveDistrict(text(r, "district"));
      if (!district) {
        unknown++;
        continue;
      }
      const code = checkCreditCode(text(r, "creditCode"));
      if (code.ok && code.division.startsWith(CITY_DIVISION_PREFIX) && district.divisionCodes.length > 0
        && !district.divisionCodes.includes(code.division)) contradicts++;
    }
    expect(contradicts).toBe(1);
    expect(unknown).toBe(1);
    expect(DISTRICTS.length).toBeGreaterThan(0);
  });

  test("an unknown item whose name is a near miss: the closest item is the one meant", () => {
    const unknown = rows.map((r) => resolveItem(text(r, "item"))).filter((h) => !h.ok);
    expect(unknown).toHaveLength(1);
    expect(!unknown[0].ok && unknown[0].closest[0]).toBe("知识产权质押融资贷款利息及评估等服务费用补助");
  });

  test("a level the item lacks", () => {
    const badLevels = rows.filter((r) => {
      const hit = resolveItem(text(r, "item"));
      return hit.ok && text(r, "level") !== "" && !resolveLevel(hit.value, text(r, "level")).ok;
    });
    expect(badLevels.map((r) => [resolveItem(text(r, "item")).ok, text(r, "level")])).toEqual([[true, "国家级"]]);
  });

  test("a talent row where the person has not yet worked a full year", () => {
    const short = rowsOf("PATENT_ATTORNEY").filter((r) => {
      const start = isoDay(cellOf(r, "startDate"))!;
      const event = isoDay(cellOf(r, "eventDate"))!;
      return `${Number(start.slice(0, 4)) + 1}${start.slice(4)}` > event;
    });
    expect(short).toHaveLength(1);
  });

  test("a domestic enforcement case still 审理中, and an OVERSEAS_LAYOUT row with a claim", () => {
    expect(rowsOf("ENFORCEMENT_DOMESTIC").map((r) => text(r, "outcome"))).toContain("审理中");
    expect(rowsOf("OVERSEAS_LAYOUT").map((r) => cellOf(r, "claimed"))).toEqual([expect.any(Number)]);
  });

  test("a blank claim", () => {
    expect(rows.filter((r) => cellOf(r, "claimed") === null).length).toBe(1);
  });

  test("money typed as text 1.5万 and an amount with three decimals", () => {
    const claims = rows.map((r) => cellOf(r, "claimed"));
    expect(claims).toContain("1.5万");
    expect(claims.some((v) => typeof v === "number" && /\.\d{3}$/.test(String(v)))).toBe(true);
  });

  test("an impossible date 2025-02-30, kept as the text typed", () => {
    expect(rows.map((r) => cellOf(r, "eventDate"))).toContain("2025-02-30");
  });

  test("a #N/A cell and a formula cell with its cached result", () => {
    const values = rows.flatMap((r) => [cellOf(r, "base"), cellOf(r, "claimed")]);
    const formulas = values.filter((v): v is ExcelJS.CellFormulaValue => typeof v === "object" && v !== null && "formula" in v);
    expect(formulas.map((f) => f.result)).toEqual(expect.arrayContaining([25000, { error: "#N/A" }]));
  });

  test("plenty of clean rows: most rows name a known item with a valid code and a date in the period", () => {
    const clean = rows.filter((r) => {
      const day = isoDay(cellOf(r, "eventDate"));
      return resolveItem(text(r, "item")).ok && checkCreditCode(text(r, "creditCode")).ok && day !== null && day >= "2025-06-01";
    });
    expect(clean.length).toBeGreaterThanOrEqual(rows.length / 2);
  });
});
