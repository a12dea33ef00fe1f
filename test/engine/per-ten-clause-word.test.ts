/**
 * Decision 4's explanation names what a full ten earns in the clause's own word: （八） pays a reward (奖励) for
 * declarations, （十三） a subsidy (资助) for mediated cases; the explanation cites the clause it words.
 */
import { checkBatch, renderExplain, type RowResult } from "../../src/engine";
import { ITEMS } from "../../src/policy";
import { claim, type ClaimSpec } from "../support/claims";

const one = (spec: ClaimSpec): RowResult => checkBatch([[claim({ row: 2, ...spec })]])[0][0];

describe("a per-ten item's explanation words the clause as its own clause does", () => {
  // （八）「对向国家知识产权局提出开放许可声明的，每 10 项给予 1 万元奖励」: a reward (奖励), not （十三）'s 资助.
  it("OPEN_LICENSE_DECLARE, 12 patents: 每满 10 项奖励 1 万元", () => {
    const r = one({ item: "OPEN_LICENSE_DECLARE", quantity: 12 });
    expect(renderExplain(r.explain, "zh")).toBe("每满 10 项奖励 1 万元：12 项计 1 个，1 × 10,000.00 = 10,000.00 元");
  });
  // （十三）「每依法成功调解 10 件，资助 1 万元」
  it("MEDIATION, 37 cases: 每满 10 件资助 1 万元", () => {
    const r = one({ item: "MEDIATION", quantity: 37 });
    expect(renderExplain(r.explain, "zh")).toBe("每满 10 件资助 1 万元：37 件计 3 个，3 × 10,000.00 = 30,000.00 元");
  });
});

describe("the word is the clause's", () => {
  it("every per-ten item's `paid` stands in the words quoted from its clause", () => {
    const perTen = ITEMS.filter((i) => i.rule.kind === "perFullTen");
    expect(perTen.map((i) => i.code).sort()).toEqual(["MEDIATION", "OPEN_LICENSE_DECLARE"]);
    for (const item of perTen) {
      if (item.rule.kind === "perFullTen") expect(item.words).toContain(item.rule.paid);
    }
  });
});
