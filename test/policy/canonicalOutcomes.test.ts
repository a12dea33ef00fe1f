/**
 * The canonical outcome texts per item (MEASURES.md decision 17): what the template's 结果/状态 list offers.
 * Written from the clauses' event conditions: （一）（六） 通过验收, （二十二） 通过结题验收, （十） 获胜且已生效 或
 * 在和解撤诉中获益, （十一） 已有判决胜诉 或 和解且文书未载明申请人侵权.
 */
import { ITEMS, canonicalOutcomes, type ItemCode } from "../../src/policy";

const ACCEPTANCE = ["已通过验收", "未通过验收", "尚未验收"];

test.each<[ItemCode, string[]]>([
  ["HVP_PROJECT", ACCEPTANCE],
  ["PATENT_NAV", ACCEPTANCE],
  ["IP_RESEARCH", ACCEPTANCE],
  ["ENFORCEMENT_DOMESTIC", ["判决胜诉且已生效", "判决胜诉尚未生效", "和解并获赔偿", "撤诉并获益", "败诉"]],
  ["ENFORCEMENT_OVERSEAS", ["和解（文书未载明申请人侵权）", "和解（文书载明申请人侵权）"]],
])("%s offers the canonical outcomes of its clause's event condition", (code, texts) => {
  expect(canonicalOutcomes(code)).toEqual(texts);
});

test("（二十一）'s 连续工作满一年 is read from the dates, so the talent items offer no outcome text", () => {
  expect(canonicalOutcomes("PATENT_ATTORNEY")).toEqual([]);
  expect(canonicalOutcomes("IP_ENGINEER")).toEqual([]);
});

test("an item awarded for the grant itself offers none: a blank outcome is the grant as claimed", () => {
  const grants = ITEMS.filter((i) => i.condition === undefined);
  expect(grants.length).toBeGreaterThan(20);
  for (const item of grants) expect(canonicalOutcomes(item.code)).toEqual([]);
});
