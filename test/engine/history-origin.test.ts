/**
 * Decision 21: a message that points to an earlier approval names where it is. For an approval of the history
 * (`--history`) that is the history file and the row of it the approval is on, so a reviewer can find the
 * entry that cut or refused the row; "the approval history" alone sends them searching the whole file.
 */
import { checkBatch, Decimal, render, type CheckOptions, type HistoryEntry, type Issue, type RowResult } from "../../src/engine";
import { claim, type ClaimSpec } from "../support/claims";

const HAIZHOU = "91320706MA1XKQ8L3T";

const issue = <C extends Issue["code"]>(r: RowResult, code: C) => r.issues.find((i) => i.code === code) as Extract<Issue, { code: C }> | undefined;
const entry = (spec: Partial<HistoryEntry> & Pick<HistoryEntry, "item" | "year">, approved: string): HistoryEntry => ({
  unit: null, creditCode: HAIZHOU, approved: new Decimal(approved), ...spec,
});
const one = (spec: ClaimSpec, options: CheckOptions) => checkBatch([[claim({ row: 2, ...spec })]], options)[0][0];

describe("decision 21: messages pointing to a history entry name the history file and its row", () => {
  it("CAP_EXCEEDED names the file and the rows of the approvals that used the cap", () => {
    const r = one({ item: "DATA_IP", quantity: 10, year: 2026 }, {
      historyFile: "2025核定.xlsx",
      history: [
        entry({ item: "DATA_IP", year: 2026, row: 4 }, "8000"),
        entry({ item: "DATA_IP", year: 2025, row: 5 }, "9000"),
        entry({ item: "DATA_IP", year: 2026, row: 7 }, "7000"),
      ],
    });
    const cap = issue(r, "CAP_EXCEEDED")!;
    expect(render(cap, "zh")).toContain("历史核定 15,000.00 元，「2025核定.xlsx」第 4、7 行");
    expect(render(cap, "en")).toContain("2025核定.xlsx, rows 4, 7");
  });

  it("ONE_TIME_ONLY names the file and the row of the award already received", () => {
    const r = one({ item: "TRAINING_BASE", level: "省级", year: 2027, claimed: "400000" }, {
      historyFile: "历史.csv",
      history: [entry({ item: "TRAINING_BASE", year: 2025, row: 3 }, "400000")],
    });
    expect(render(issue(r, "ONE_TIME_ONLY")!, "zh")).toContain("「历史.csv」第 3 行");
    expect(render(issue(r, "ONE_TIME_ONLY")!, "en")).toContain("历史.csv, row 3");
  });

  it("DUPLICATE of an award paid once per unit names the file and the row", () => {
    const r = one({ item: "IP_ENTERPRISE", level: "示范企业", year: 2026, claimed: "50000" }, {
      historyFile: "历史.csv",
      history: [entry({ item: "IP_ENTERPRISE", year: 2025, level: "示范企业", row: 6 }, "50000")],
    });
    expect(render(issue(r, "DUPLICATE")!, "zh")).toContain("「历史.csv」第 6 行");
  });

  it("LEVEL_UNSTATED names the file and the row of the entry with the level", () => {
    const r = one({ item: "OPS_CENTER", year: 2026, claimed: "200000" }, {
      historyFile: "历史.csv",
      history: [entry({ item: "OPS_CENTER", year: 2025, level: "国家级", row: 9 }, "200000")],
    });
    expect(render(issue(r, "LEVEL_UNSTATED")!, "zh")).toContain("「历史.csv」第 9 行");
  });
});

describe("decision 21 with 27: HISTORY_LEVEL_UNKNOWN names the entry whose level cannot be told", () => {
  it("names the history file and the row", () => {
    const r = one({ item: "IP_ENTERPRISE", level: "示范企业", year: 2026, claimed: "50000" }, {
      historyFile: "历史.csv",
      history: [entry({ item: "IP_ENTERPRISE", year: 2025, row: 2 }, "30000")],
    });
    expect(render(issue(r, "HISTORY_LEVEL_UNKNOWN")!, "zh")).toContain("「历史.csv」第 2 行");
    expect(render(issue(r, "HISTORY_LEVEL_UNKNOWN")!, "en")).toContain("历史.csv, row 2");
  });
});
