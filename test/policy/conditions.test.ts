/**
 * Each clause's condition as data (MEASURES.md decision 17 rev. 3): which items have one and of which kind,
 * read from the words of their clauses, and their canonical outcomes.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readCondition } from "../../src/engine/outcome";
import { ITEMS, canonicalOutcomes, itemByCode, type ItemCode } from "../../src/policy";

const TEXT = readFileSync(resolve(__dirname, "../../docs/policy/lianyungang-2025-3.md"), "utf8").replace(/\s+/g, "");

/** Events after the grant: （一）（六） 通过验收, （二十二） 通过结题验收, （十） 获胜且已生效…, （十一） 已有判决胜诉…. */
const EVENTS: readonly ItemCode[] = ["HVP_PROJECT", "PATENT_NAV", "IP_RESEARCH", "ENFORCEMENT_DOMESTIC", "ENFORCEMENT_OVERSEAS"];
/**
 * No condition: the clause pays for what the applicant did, measured by the row's own figures (出质获得贷款,
 * 证券化融资的发起单位, 投保, 提出开放许可声明, 达成开放许可, 调解成功, 按评价结果, 开设知识产权课程), or pays nothing (（四）).
 */
const NONE: readonly ItemCode[] = [
  "OVERSEAS_LAYOUT", "PLEDGE_LOAN", "SECURITIZATION", "IP_INSURANCE", "OPEN_LICENSE_DECLARE", "OPEN_LICENSE_DEAL",
  "MEDIATION", "SERVICE_AGENCY", "IP_COURSE",
];

describe("which condition each clause sets", () => {
  it.each(EVENTS)("%s is an event condition: a blank outcome is not known", (code) => {
    expect(itemByCode(code).condition?.kind).toBe("event");
  });

  it.each(NONE)("%s has no outcome condition", (code) => {
    expect(itemByCode(code).condition).toBeUndefined();
  });

  const grants = ITEMS.filter((i) => !EVENTS.includes(i.code) && !NONE.includes(i.code));
  it.each(grants.map((i) => [i.code, i] as const))("%s is a grant, in the clause's grant words", (_code, item) => {
    expect(item.condition?.kind).toBe("grant");
    expect(item.condition!.words).toMatch(/获批|获得|被确定|入选|通过|被评定/);
  });

  it.each([
    ["HVP_PROJECT", "通过验收"], ["PATENT_NAV", "通过验收"], ["IP_RESEARCH", "通过结题验收"],
    ["ENFORCEMENT_DOMESTIC", "获胜且已生效"], ["ENFORCEMENT_DOMESTIC", "在和解撤诉中获益"],
    ["ENFORCEMENT_OVERSEAS", "已有判决胜诉"], ["ENFORCEMENT_OVERSEAS", "相关文书没有载明申请人构成侵权"],
    ["OUTLET_EXCELLENT", "获得优秀等次"], ["IP_ALLIANCE", "审核备案"], ["IP_STANDARD", "绩效评价合格"],
  ] as const)("%s quotes 「%s」", (code, words) => {
    expect(itemByCode(code).condition!.words).toContain(words);
  });

  it("every condition's words stand in the policy text", () => {
    for (const i of ITEMS) if (i.condition) expect(TEXT).toContain(i.condition.words.replace(/\s+/g, ""));
  });

  it("（十） asks two facts in one branch and （十一） a judgment alone: 获胜且已生效 / 已有判决胜诉", () => {
    expect(itemByCode("ENFORCEMENT_DOMESTIC").condition!.branches).toEqual([["won", "inForce"], ["settled", "benefit"]]);
    expect(itemByCode("ENFORCEMENT_OVERSEAS").condition!.branches).toEqual([["won"], ["settled", "noInfringementStated"]]);
  });

  it("only （二十一） reads 连续工作满一年 from the dates", () => {
    expect(ITEMS.filter((i) => i.fullYear).map((i) => i.code)).toEqual(["PATENT_ATTORNEY", "IP_ENGINEER"]);
  });
});

describe("canonical outcomes", () => {
  it.each([
    ["HVP_PROJECT", ["已通过验收", "未通过验收", "尚未验收"]],
    ["IP_RESEARCH", ["已通过结题验收", "未通过结题验收", "尚未结题验收"]],
  ] as const)("%s offers %j", (code, texts) => {
    expect(canonicalOutcomes(code)).toEqual(texts);
  });

  it("（十） offers a win in force, a win not yet in force, a settlement or withdrawal with benefit, a loss", () => {
    expect(canonicalOutcomes("ENFORCEMENT_DOMESTIC")).toEqual(expect.arrayContaining([
      "判决胜诉且已生效", "判决胜诉尚未生效", "和解并获赔偿", "撤诉并获益", "败诉",
    ]));
  });

  it("（十一） offers both settlements: the documents stating the applicant infringed or not", () => {
    expect(canonicalOutcomes("ENFORCEMENT_OVERSEAS")).toEqual(expect.arrayContaining([
      "判决胜诉", "和解（文书未载明申请人侵权）", "和解（文书载明申请人侵权）",
    ]));
  });

  it("an item with no condition offers none", () => {
    expect(canonicalOutcomes("PLEDGE_LOAN")).toEqual([]);
  });

  const all = ITEMS.flatMap((i) => (i.condition ? i.condition.canonical.map((c) => [i.code, c.text, c.met] as const) : []));
  it.each(all)("%s 「%s」 is read exactly: met %s", (code, text, met) => {
    const r = readCondition(itemByCode(code), text);
    expect(r).toEqual(met ? { result: "met" } : { result: "notMet", words: text });
  });

  it.each(all)("%s 「%s」 is read the same after normalising (full-width, spaces)", (code, text, met) => {
    const typed = ` ${text.replace(/（/g, "(").replace(/）/g, ")").split("").join(" ")} `;
    expect(readCondition(itemByCode(code), typed).result).toBe(met ? "met" : "notMet");
  });

  it("every condition offers at least one outcome that meets it and one that does not", () => {
    for (const i of ITEMS) {
      if (!i.condition) continue;
      expect(i.condition.canonical.some((c) => c.met)).toBe(true);
      expect(i.condition.canonical.some((c) => !c.met)).toBe(true);
    }
  });
});
