/**
 * A clause is cited one way per language everywhere: the policy numbers its clauses （一）…（二十二）, a
 * Chinese reader writes 第（七）条, an English reader clause (7).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { citeClause, clauseNote, clauseNumber } from "../../src/engine/catalog";

describe("one citation per language", () => {
  it("cites a clause as 第（七）条 in Chinese and clause (7) in English", () => {
    expect(citeClause("（七）", "zh")).toBe("第（七）条");
    expect(citeClause("（七）", "en")).toBe("clause (7)");
  });

  it("reads the tens of the policy's numbering: （十）, （十二）, （二十二）", () => {
    expect(clauseNumber("（十）", "en")).toBe("(10)");
    expect(clauseNumber("（十二）", "en")).toBe("(12)");
    expect(clauseNumber("（二十二）", "en")).toBe("(22)");
    expect(clauseNumber("（二十二）", "zh")).toBe("（二十二）");
  });

  it("cites the closing paragraph on the policy's term by its name, in each language", () => {
    expect(citeClause("施行期限", "zh")).toBe("施行期限条款");
    expect(clauseNote("施行期限", "en")).toBe(" (the clause on the policy's term)");
    expect(clauseNumber("施行期限", "en")).toBe("term");
  });

  it("puts a citation after what it backs in each language's brackets", () => {
    expect(clauseNote("（四）", "zh")).toBe("（第（四）条）");
    expect(clauseNote("（四）", "en")).toBe(" (clause (4))");
  });

  // policy/lookup.ts reads what a user types (第七条, 第（七）条): those forms are input, not citations.
  it("leaves no citation built by hand in the source", () => {
    const hand = /`[^`]*(第\$\{[^}]*\}条|clause \$\{)/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts") && !path.endsWith(join("catalog", "clause.ts")) && !path.endsWith(join("policy", "lookup.ts"))) {
          readFileSync(path, "utf8").split("\n").forEach((line, i) => hand.test(line) && offenders.push(`${path}:${i + 1}`));
        }
      }
    };
    walk(join(__dirname, "../../src"));
    expect(offenders).toEqual([]);
  });
});
