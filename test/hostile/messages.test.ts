/**
 * Every error a user can meet is Chinese first (issue 10 point 14): the system's write errors, a history
 * saved by Excel on Chinese Windows (GBK), and a history row of a year the policy does not cover.
 */
import * as fs from "node:fs";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OutputFailed, writeAtomically, type WriteOps } from "../../src/cli/atomicWrite";
import { decodeCsv } from "../../src/workbook/table/csv";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";

const realOps: WriteOps = {
  openSync: fs.openSync,
  writeSync: (fd, b, o, l) => fs.writeSync(fd, b, o, l),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
};

const systemError = (code: string, syscall: string) => Object.assign(new Error(`${code}: ${syscall} failed`), { code, syscall });

describe("point 14: the system's write errors in Chinese first", () => {
  test.each([
    ["EEXIST", "openSync", "同名的临时文件已存在"],
    ["EROFS", "openSync", "目标位置是只读的"],
    ["EACCES", "openSync", "没有写入权限"],
    ["ENOSPC", "writeSync", "磁盘空间不足"],
    ["EROFS", "renameSync", "目标位置是只读的"],
  ])("%s from %s: 无法写出 …：%s, the old output untouched, no temporary file left", (code, op, words) => {
    const dir = tempDir();
    const target = join(dir, "a.checked.xlsx");
    const ops: WriteOps = { ...realOps, [op]: () => { throw systemError(code, op); } };
    let error: unknown;
    try {
      writeAtomically(target, new Uint8Array(100), () => true, ops);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputFailed);
    expect((error as Error).message).toBe(`无法写出 ${target}：${words}；已有的输出文件未改动`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** The history below in GBK, as Excel's "CSV (逗号分隔)" saves it on Chinese Windows (bytes made with Python's gbk codec). */
const HISTORY_TEXT =
  '单位名称,统一社会信用代码,申报年度,支持事项,核定金额\r\n' +
  '甲公司,91320706MA1XKQ8L3T,2019,知识产权保险,"45,000.00"\r\n' +
  '甲公司,91320706MA1XKQ8L3T,2026,知识产权保险,"45,000.00"\r\n';
const HISTORY_GBK = Buffer.from(
  "b5a5cebbc3fbb3c62ccdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb2cc9eab1a8c4eab6c82cd6a7b3d6cac2cfee2cbacbb6a8bdf0b6ee0d0a" +
    "bcd7b9abcbbe2c39313332303730364d4131584b51384c33542c323031392cd6aacab6b2fac8a8b1a3cfd52c2234352c3030302e3030220d0a" +
    "bcd7b9abcbbe2c39313332303730364d4131584b51384c33542c323032362cd6aacab6b2fac8a8b1a3cfd52c2234352c3030302e3030220d0a",
  "hex",
);

describe("point 14: a CSV history as Excel saves it", () => {
  it("GBK bytes (no mark, not UTF-8) decode to the same text", () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(HISTORY_GBK)).toThrow();
    expect(decodeCsv(HISTORY_GBK)).toBe(HISTORY_TEXT);
  });

  it("UTF-8 with or without a byte-order mark, and UTF-16LE with one (Unicode 文本), read as such", () => {
    expect(decodeCsv(Buffer.from(HISTORY_TEXT, "utf8"))).toBe(HISTORY_TEXT);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HISTORY_TEXT, "utf8")]))).toBe(HISTORY_TEXT);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HISTORY_TEXT, "utf16le")]))).toBe(HISTORY_TEXT);
  });

  it("lygip check --history with a GBK CSV: the 2026 approval counts toward the cap; the 2019 row is a message on its row and the check goes on", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(join(dir, "a.xlsx"), [
      {
        headers: HEADERS,
        rows: [row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "IP_INSURANCE", "计算基数（元）": 80000, 事项日期: "2026-04-01", "申请金额（元）": 40000 })],
      },
    ]);
    const history = join(dir, "history.csv");
    writeFileSync(history, HISTORY_GBK);
    const r = await lygip("check", input, "--json", "--no-write", "--history", history);
    // 50,000 per unit and year under （七）, of which 45,000 were approved in 2026 already.
    expect(JSON.parse(r.stdout).files[0].rows[0].approvable).toBe("5000.00");
    expect(r.stderr).toContain(`--history ${history} 第 2 行：「申报年度」填写为「2019」：不在政策年度 2025–2030 之内，该行不计入本政策的上限，已跳过`);
    expect(r.code).toBe(1);
  });
});
