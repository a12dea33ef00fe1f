/**
 * Decision 27 within the batch. （五）「对获批建设国家级、省级知识产权运营中心的，给予 20 万元资金支持」 and
 * （十四）「对获批国家知识产权信息公共服务网点、高校国家知识产权信息服务中心、技术与创新支持中心（TISC）的，给予 20 万元资金支持」
 * pay once per unit and level (decision 10), the same 20 万元 whatever the level, so a row may leave 级别 blank.
 * A blank row beside a row of the same unit at a level may be that award a second time: it is 待核实, never
 * approved twice by accident, and never refused for what only the reviewer can tell.
 */
import { checkBatch, formatMoney, render, type HistoryEntry, type RowResult } from "../../src/engine";
import { Decimal } from "../../src/engine/money";
import { claim, DEFAULT_CREDIT_CODE } from "../support/claims";

const codes = (r: RowResult) => r.issues.map((i) => i.code);
const amounts = (r: RowResult) => [r.verdict, formatMoney(r.approvable), formatMoney(r.pending)];

describe("a row with no 级别 beside the unit's award at a level", () => {
  it("OPS_CENTER, blank first, 国家级 second: the 国家级 row is approved, the blank one 待核实 pointing at it", () => {
    const [blank, national] = checkBatch([[claim({ row: 2, item: "OPS_CENTER" }), claim({ row: 3, item: "OPS_CENTER", level: "国家级" })]])[0];
    expect(amounts(national!)).toEqual(["approved", "200000.00", "0.00"]);
    expect(amounts(blank!)).toEqual(["review", "0.00", "200000.00"]);
    const issue = blank!.issues.find((i) => i.code === "LEVEL_UNSTATED")!;
    expect(issue).toMatchObject({ field: "level", clause: "（五）", level: "国家级", first: { row: 3 } });
    expect(render(issue, "zh")).toBe("未填写级别：本单位该事项在第 3 行申报「国家级」，同一级别只资助一次，无法确定本行是否同一级别：待核实，请填写级别");
  });

  it("INFO_OUTLET, TISC first, blank second: the blank row is 待核实 as well, whatever the order", () => {
    const [tisc, blank] = checkBatch([[claim({ row: 2, item: "INFO_OUTLET", level: "TISC" }), claim({ row: 3, item: "INFO_OUTLET" })]])[0];
    expect(amounts(tisc!)).toEqual(["approved", "200000.00", "0.00"]);
    expect(amounts(blank!)).toEqual(["review", "0.00", "200000.00"]);
    expect(codes(blank!)).toContain("LEVEL_UNSTATED");
  });

  it("the history's award at a level holds a blank row of the unit", () => {
    const history: HistoryEntry[] = [{
      unit: "连云港甲公司", creditCode: DEFAULT_CREDIT_CODE, year: 2025, item: "OPS_CENTER", approved: new Decimal(200000), level: "省级",
    }];
    const [blank] = checkBatch([[claim({ row: 2, item: "OPS_CENTER", year: 2026 })]], { history })[0];
    expect(amounts(blank!)).toEqual(["review", "0.00", "200000.00"]);
    const issue = blank!.issues.find((i) => i.code === "LEVEL_UNSTATED")!;
    expect(render(issue, "zh")).toContain("以往已核定「省级」");
  });

  it("a blank row alone, or beside another unit's levelled row, is approved as before", () => {
    const [alone] = checkBatch([[claim({ row: 2, item: "OPS_CENTER" })]])[0];
    expect(amounts(alone!)).toEqual(["approved", "200000.00", "0.00"]);
    const [mine, theirs] = checkBatch([[
      claim({ row: 2, item: "OPS_CENTER" }),
      claim({ row: 3, item: "OPS_CENTER", level: "国家级", unit: "连云港乙公司", creditCode: "91320700MA1XKQ8L3T" }),
    ]])[0];
    expect(codes(mine!)).not.toContain("LEVEL_UNSTATED");
    expect(amounts(mine!)).toEqual(["approved", "200000.00", "0.00"]);
    expect(amounts(theirs!)[0]).not.toBe("review");
  });

  it("two levels given are two awards (decision 10), and two blank rows are one, as before", () => {
    const [a, b] = checkBatch([[claim({ row: 2, item: "OPS_CENTER", level: "省级" }), claim({ row: 3, item: "OPS_CENTER", level: "国家级" })]])[0];
    expect([amounts(a!)[0], amounts(b!)[0]]).toEqual(["approved", "approved"]);
    const [c, d] = checkBatch([[claim({ row: 2, item: "OPS_CENTER" }), claim({ row: 3, item: "OPS_CENTER" })]])[0];
    expect(amounts(c!)[0]).toBe("approved");
    expect(codes(d!)).toContain("DUPLICATE");
  });
});
