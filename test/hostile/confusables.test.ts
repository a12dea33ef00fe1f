/**
 * Point 3: look-alike characters do not evade duplicates. Reference numbers and person IDs are compared after
 * folding every dash (Unicode Pd and the minus signs) to "-" and every Cyrillic or Greek letter that looks
 * Latin to that Latin letter (Unicode's confusables data); a value that needed folding is flagged.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { confusablesIn, identifierKey } from "../../src/policy/normalise";
import { escapeText } from "../../src/workbook/xml";
import { columnLetters } from "../../src/workbook/xlsx";
import { HEAD, HZ, minimalXlsx } from "./minimalXlsx";

describe("identifierKey folds look-alikes to one form", () => {
  it.each([
    ["U+2010 hyphen", "GI\u20102026\u2010001"],
    ["U+2011 non-breaking hyphen", "GI\u20112026\u2011001"],
    ["U+2012 figure dash", "GI\u20122026\u2012001"],
    ["U+2013 en dash", "GI\u20132026\u2013001"],
    ["U+2212 minus sign", "GI\u22122026\u2212001"],
    ["U+FE63 small hyphen-minus", "GI\uFE632026\uFE63001"],
    ["U+FF0D full-width hyphen-minus", "GI\uFF0D2026\uFF0D001"],
  ])("%s reads as GI-2026-001", (_, text) => {
    expect(identifierKey(text)).toBe(identifierKey("GI-2026-001"));
  });

  it("a Cyrillic Х in a person's ID is the Latin X; Greek and Cyrillic capitals and small letters alike", () => {
    expect(identifierKey("32070619900101123\u0425")).toBe(identifierKey("32070619900101123X"));
    expect(identifierKey("\u0410\u0412\u0421-\u03A1\u039F\u0399")).toBe(identifierKey("ABC-POI"));
    expect(identifierKey("\u0430\u0435\u043E\u0440\u0441")).toBe(identifierKey("aeopc"));
  });

  it("plain text is not changed beyond decision 11's normalisation, and real Cyrillic words stay apart from Latin ones", () => {
    expect(identifierKey("ZL2025-001")).toBe("zl2025-001");
    expect(identifierKey("\u0416\u0423\u041A")).not.toBe(identifierKey("XYK"));
  });

  it("names the characters folded, as U+XXXX, once each", () => {
    expect(confusablesIn("GI\u20102026\u2010001")).toEqual(["U+2010"]);
    expect(confusablesIn("32070619900101123\u0425")).toEqual(["U+0425"]);
    expect(confusablesIn("GI-2026-001")).toEqual([]);
    expect(confusablesIn("GI\uFF0D2026")).toEqual([]);
  });
});

function cell(row: number, col: number, v: string | number): string {
  const r = `${columnLetters(col)}${row}`;
  return typeof v === "number" ? `<c r="${r}"><v>${v}</v></c>` : `<c r="${r}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
}

describe("through the command line", () => {
  it("the same certificate with a U+2212 minus is a duplicate, and the look-alike is flagged naming the column and the character", async () => {
    const data = [HEAD, ["甲公司", HZ, "海州区", 2026, "GI", "2026-03-01", "GI-2026-001", 100000], ["甲公司", HZ, "海州区", 2026, "GI", "2026-03-01", "GI\u22122026\u2212001", 100000]];
    const rows = data.map((cells, i) => `<row r="${i + 1}">${cells.map((v, c) => cell(i + 1, c, v)).join("")}</row>`).join("");
    const path = join(tempDir(), "申报表.xlsx");
    writeFileSync(path, minimalXlsx({ sheets: [{ name: "申报表", rows }] }));
    const report = JSON.parse((await lygip("check", path, "--json", "--no-write")).stdout);
    const second = report.files[0].rows[1].messages as { code: string; message: string }[];
    expect(second.map((m) => m.code)).toEqual(expect.arrayContaining(["DUPLICATE", "CONFUSABLE_TEXT"]));
    expect(second.find((m) => m.code === "CONFUSABLE_TEXT")!.message).toBe(
      "「证书/合同/案件编号」含有形近字符 U+2212（非标准连字符或形似拉丁字母的西里尔/希腊字母），已按对应的普通字符比对是否重复",
    );
  });
});
