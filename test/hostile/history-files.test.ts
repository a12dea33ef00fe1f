/**
 * Point 8: a history file is never read in part without saying so. A CSV whose quote is never closed names
 * every line it could not read; a workbook history is found as the application table is, on the sheets a
 * reviewer sees, past an instructions sheet.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../../src/cli/io";
import { loadHistory } from "../../src/cli/loadHistory";
import { usageText } from "../../src/cli/usageWords";
import { tempDir } from "../support/workbooks";
import { escapeText } from "../../src/workbook/xml";
import { columnLetters } from "../../src/workbook/xlsx";
import { minimalXlsx, type MinimalSheet } from "./minimalXlsx";

const HEAD = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "核定金额（元）"];
const HZ = "91320706MA1XKQ8L3T";

function rowsXml(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((cells, i) => `<row r="${i + 1}">${cells.map((v, c) => {
    const r = `${columnLetters(c)}${i + 1}`;
    return typeof v === "number" ? `<c r="${r}"><v>${v}</v></c>` : `<c r="${r}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
  }).join("")}</row>`).join("");
}

function file(name: string, data: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, data);
  return path;
}

/** The usage error `f` refuses with, in words. */
function failure(f: () => unknown, lang: "zh" | "en" = "zh"): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return usageText(e.problem, lang);
    throw e;
  }
  throw new Error("no error");
}

describe("point 8: CSV history with an unclosed quote", () => {
  it("names every line that could not be read, from the quote to the end", () => {
    const csv = [HEAD.join(","), `甲公司,${HZ},2025,GI,100000`, `"乙公司,${HZ},2025,GI,100000`, `丙公司,${HZ},2025,GI,100000`, `丁公司,${HZ},2025,GI,100000`].join("\n") + "\n";
    const path = file("历史.csv", csv);
    const message = failure(() => loadHistory(path));
    expect(message).toContain("历史.csv");
    expect(message).toContain("第 3、4、5 行无法读取：第 3 行的引号没有闭合，其后各行都被并入了同一个单元格");
    const en = failure(() => loadHistory(path), "en");
    expect(en).toContain("lines 3, 4, 5 cannot be read: the quote opened on line 3 is never closed, so every line after it runs into one cell");
  });

  it("a quoted field with a line break, closed, is one field and reads", () => {
    const csv = [HEAD.join(","), `"甲\n公司",${HZ},2025,GI,100000`].join("\n");
    expect(loadHistory(file("历史.csv", csv)).entries).toHaveLength(1);
  });
});

describe("point 8: workbook history is found on the visible sheets by its header", () => {
  const table = rowsXml([HEAD, ["甲公司", HZ, 2025, "GI", 100000], ["乙公司", HZ, 2025, "GI", 50000]]);
  const decoy = rowsXml([HEAD, ["隐藏公司", HZ, 2025, "GI", 1]]);
  const notes = rowsXml([["填表说明"], ["核定金额以元为单位"]]);
  const load = (sheets: MinimalSheet[], activeTab = 0) => loadHistory(file("历史.xlsx", minimalXlsx({ sheets, activeTab }))).entries;

  it("a hidden first sheet is not read", () => {
    const entries = load([{ name: "旧", rows: decoy, state: "hidden" }, { name: "核定", rows: table }], 1);
    expect(entries.map((e) => e.unit)).toEqual(["甲公司", "乙公司"]);
  });

  it("an instructions sheet first does not stop the check", () => {
    const entries = load([{ name: "说明", rows: notes }, { name: "核定", rows: table }]);
    expect(entries.map((e) => e.unit)).toEqual(["甲公司", "乙公司"]);
  });
});
