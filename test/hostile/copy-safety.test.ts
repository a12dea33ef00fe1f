/**
 * Every copy is well-formed, safe and checkable again (issue 10 points 12 and 13): no DTD anywhere, no
 * unsafe entry name, no control character in XML, never beyond lygip's own reading limits, never off Excel's
 * grid, and a macro workbook's copy keeps the extension its content needs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeZip, readZip, type ZipWriteEntry } from "../../src/workbook/zip";
import { END, XmlScanner } from "../../src/workbook/xml";
import { MemorySink } from "../../src/workbook/zip/byteSink";
import { annotateXlsxTo } from "../../src/writer/writeXlsx";
import { AnnotateError } from "../../src/writer/annotateError";
import { LIMITS } from "../../src/workbook/limits";
import { columnLetters } from "../../src/workbook/xlsx";
import { escapeText } from "../../src/workbook/xml";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { minimalEntries, type MinimalSheet } from "./minimalXlsx";
import { buildApplicantWorkbook, fixturePlan } from "../writer/workbookFixture";

const HZ = "91320706MA1XKQ8L3T";
const HEAD = ["单位名称", "统一社会信用代码", "所属县区", "申报年度", "支持事项", "事项日期", "证书/合同/案件编号", "申请金额（元）"];
const CLAIM = ["甲公司", HZ, "海州区", 2026, "GI", "2026-03-01", "G1", 100000];

function cell(row: number, col: number, v: string | number): string {
  const r = `${columnLetters(col)}${row}`;
  return typeof v === "number" ? `<c r="${r}"><v>${v}</v></c>` : `<c r="${r}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
}

/** A table sheet whose header starts at column `first` (0-based). */
function table(first = 0): MinimalSheet {
  const row = (r: number, values: (string | number)[]) => `<row r="${r}">${values.map((v, i) => cell(r, first + i, v)).join("")}</row>`;
  return { name: "申报表", rows: row(1, HEAD) + row(2, CLAIM) };
}

function file(entries: ZipWriteEntry[], name = "申报表.xlsx"): string {
  const path = join(tempDir(), name);
  writeFileSync(path, writeZip(entries));
  return path;
}

/** Every XML part of a copy read through the reader's scanner: well-formed, no DTD. */
function everyPartReads(bytes: Uint8Array): string[] {
  const zip = readZip(bytes);
  const names = zip.entries.map((e) => e.name);
  for (const e of zip.entries) {
    if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
    const s = XmlScanner.fromBytes(zip.read(e.name), e.name);
    while (s.next() !== END);
  }
  return names;
}

const core = (doctype: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>${doctype}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"></cp:coreProperties>`;

describe("point 12: every part of every copy is well-formed, with no DTD and safe names", () => {
  it("a DOCTYPE in a part lygip does not otherwise read (docProps) refuses the file, also with --no-write", async () => {
    const entries = [...minimalEntries({ sheets: [table()] }), { name: "docProps/core.xml", data: core(`<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>`) }];
    const path = file(entries);
    const out = join(tempDir(), "out");
    for (const args of [["--no-write"], ["--out", out]]) {
      const r = await lygip("check", path, "--json", ...args);
      const f = JSON.parse(r.stdout).files[0];
      expect(f.error).toMatchObject({ code: "UNREADABLE_FILE", message: expect.stringContaining("DTD") });
      expect(f.output).toBeNull();
      expect(r.code).toBe(2);
    }
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it("a DOCTYPE in [Content_Types].xml refuses the file", async () => {
    const entries = minimalEntries({ sheets: [table()] }).map((e) =>
      "name" in e && e.name === "[Content_Types].xml" && "data" in e ? { ...e, data: String(e.data).replace("?>", "?><!DOCTYPE Types>") } : e,
    );
    const r = await lygip("check", file(entries), "--json", "--no-write");
    expect(JSON.parse(r.stdout).files[0].error.message).toContain("DTD");
  });

  it("a zip entry named ../… is refused, never copied through", async () => {
    for (const name of ["../evil.xml", "xl/../../evil.xml", "/etc/evil.xml", "xl\\evil.xml", "xl/a\u0001.xml"]) {
      const path = file([...minimalEntries({ sheets: [table()] }), { name, data: "<a/>" }]);
      const out = join(tempDir(), "out");
      const r = await lygip("check", path, "--json", "--out", out);
      const f = JSON.parse(r.stdout).files[0];
      expect(f.error).toMatchObject({ code: "UNREADABLE_FILE", message: expect.stringContaining("不安全") });
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    }
  });

  it("control characters in a file's name reach no XML attribute or text: every part of the copy reads", async () => {
    const dir = tempDir();
    const name = "申报\u0001表\u001b[31m.xlsx";
    writeFileSync(join(dir, name), writeZip(minimalEntries({ sheets: [table()] })));
    const r = await lygip("check", join(dir, name), "--json", "--out", join(dir, "out"));
    expect(r.code).toBe(0);
    const copy = readFileSync(JSON.parse(r.stdout).files[0].output);
    expect(everyPartReads(copy).length).toBeGreaterThan(0);
  });

  it("the copy of a richly formatted workbook is well-formed in every part", async () => {
    const sink = new MemorySink();
    annotateXlsxTo(await buildApplicantWorkbook(), fixturePlan(), sink);
    expect(everyPartReads(sink.bytes())).toContain("xl/workbook.xml");
  });
});

describe("point 13: the copy can be checked again", () => {
  it("an input at exactly the entry limit gets no copy over the limit: refused with a clear message, rows still reported", async () => {
    const entries = minimalEntries({ sheets: [table()] });
    for (let i = entries.length; i < LIMITS.maxEntries; i++) entries.push({ name: `xl/media/pad${i}.bin`, data: "", store: true });
    const out = join(tempDir(), "out");
    const r = await lygip("check", file(entries), "--json", "--out", out);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.rows).toHaveLength(1);
    expect(f.output).toBeNull();
    expect(r.stderr).toContain("1,000");
    expect(r.code).toBe(2);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it("a copy that would pass the input size limit is refused before it is complete", async () => {
    const input = await buildApplicantWorkbook();
    const limits = { ...LIMITS, maxInputBytes: input.length };
    expect(() => annotateXlsxTo(input, fixturePlan(), new MemorySink(), limits)).toThrow(AnnotateError);
    try {
      annotateXlsxTo(input, fixturePlan(), new MemorySink(), limits);
    } catch (e) {
      expect((e as AnnotateError).zh).toMatch(/^批注副本将超过 .* MB（lygip 自己能读取的上限/);
    }
  });

  it("a macro workbook keeps its content type under an .xlsm name, and the copy checks again", async () => {
    const entries = minimalEntries({ sheets: [table()] }).map((e) =>
      "name" in e && e.name === "[Content_Types].xml" && "data" in e
        ? { ...e, data: String(e.data).replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml") }
        : e,
    );
    const dir = tempDir();
    const input = file(entries, "宏.xlsm");
    const r = await lygip("check", input, "--json", "--out", dir);
    const output = JSON.parse(r.stdout).files[0].output;
    expect(output).toBe(join(dir, "宏.checked.xlsm"));
    expect(Buffer.from(readZip(readFileSync(output)).read("[Content_Types].xml")).toString()).toContain("macroEnabled");
    const again = await lygip("check", output, "--json", "--no-write");
    expect(JSON.parse(again.stdout).files[0].error).toBeNull();
  });

  it("a table ending at column XFD: the results would go off the grid, so the copy is refused clearly", async () => {
    const r = await lygip("check", file(minimalEntries({ sheets: [table(LIMITS.maxCols - HEAD.length)] })), "--json", "--out", tempDir());
    const f = JSON.parse(r.stdout).files[0];
    expect(f.rows).toHaveLength(1);
    expect(f.output).toBeNull();
    expect(r.stderr).toContain("XFD");
    expect(r.code).toBe(2);
  });
});
