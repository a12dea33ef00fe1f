import { centsOf, Decimal } from "../../src/engine/money";
import type { DetailRow } from "../../src/output/detail";
import { pivotCacheDefinitionXml } from "../../src/writer/pivotParts";

function row(requested: string, year: number | null): DetailRow {
  const m = centsOf(new Decimal(requested));
  return {
    file: "f.xlsx", row: 2, unit: "u", creditCode: "", district: "海州区", year, itemCode: "", itemName: "n", clause: "", verdict: "通过",
    requested: m, approvable: m, pending: 0, excess: -0, codes: "", level: "",
  };
}

/** The <sharedItems> of the cache field named `header`. */
function itemsOf(xml: string, header: string): string {
  const m = new RegExp(`<cacheField name="${header}"[^>]*>(<sharedItems[^>]*/>)`).exec(xml);
  if (!m) throw new Error(`no field ${header}`);
  return m[1]!;
}

const cache = (rows: DetailRow[]) => pivotCacheDefinitionXml({ sheet: "审核明细", ref: "A1:O9" }, rows, new Map());

describe("the pivot cache's number ranges", () => {
  test("money: the least and greatest figure as the sheet writes it, fractions declared", () => {
    const xml = cache([row("300.50", 2025), row("12000", 2026), row("0.01", 2024)]);
    expect(itemsOf(xml, "申请金额")).toBe('<sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="0.01" maxValue="12000"/>');
    expect(itemsOf(xml, "申报年度")).toBe(
      '<sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="2024" maxValue="2026"/>',
    );
  });

  test("whole yuan only: the money column says it holds whole numbers; a negative zero shows as 0", () => {
    const xml = cache([row("5000.00", 2026), row("70", 2026)]);
    expect(itemsOf(xml, "申请金额")).toContain('containsInteger="1" minValue="70" maxValue="5000"');
    expect(itemsOf(xml, "核减金额")).toContain('minValue="0" maxValue="0"');
  });

  test("a column with no number at all (every year empty) declares none", () => {
    expect(itemsOf(cache([row("1", null)]), "申报年度")).toBe('<sharedItems containsSemiMixedTypes="0" containsString="0"/>');
  });
});
