/**
 * The file system as it is: only regular files are read (a named pipe would block the check, /dev/zero never
 * ends), names are bounded in bytes (255 a name), and what goes wrong is said in the user's language.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";
const claim = row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "IP_INSURANCE", "计算基数（元）": 80000, 事项日期: "2026-04-01", "申请金额（元）": 40000 });

const writers: ChildProcess[] = [];

/**
 * A named pipe, and a process that would open it for writing after a while: on code that opens the pipe for
 * reading and blocks, that writer ends the wait (so a failing test ends too); code that never reads a pipe
 * leaves the writer waiting, and it is ended after the test.
 */
function fifo(dir: string, name: string): string {
  const path = join(dir, name);
  execFileSync("mkfifo", [path]);
  const writer = spawn("sh", ["-c", `sleep 5; : > "$1"`, "sh", path], { stdio: "ignore" });
  writers.push(writer);
  return path;
}

afterEach(() => {
  for (const w of writers.splice(0)) if (w.exitCode === null) w.kill();
});

async function workbook(dir: string, name = "申报表.xlsx"): Promise<string> {
  return writeWorkbook(join(dir, name), [{ headers: HEADERS, rows: [claim] }]);
}

describe("only regular files are read", () => {
  it("a named pipe among the inputs is reported as not a regular file, unread; the other file is checked", async () => {
    const dir = tempDir();
    const good = await workbook(dir);
    const pipe = fifo(dir, "管道.xlsx");
    const r = await lygip("check", pipe, good, "--json", "--no-write");
    const files = JSON.parse(r.stdout).files;
    expect(files[0].error.message).toContain("不是普通文件");
    expect(files[1].error).toBeNull();
    expect(files[1].rows).toHaveLength(1);
    expect(r.code).toBe(2);
  }, 20_000);

  it("--lang en: the same in English", async () => {
    const dir = tempDir();
    const r = await lygip("check", fifo(dir, "pipe.xlsx"), "--json", "--no-write", "--lang", "en");
    expect(JSON.parse(r.stdout).files[0].error.message).toContain("not a regular file");
  }, 20_000);

  it("--summary naming a named pipe is refused, unread and unwritten; the copies are written", async () => {
    const dir = tempDir();
    const good = await workbook(dir);
    const pipe = fifo(dir, "汇总.xlsx");
    const r = await lygip("check", good, "--json", "--summary", pipe);
    expect(r.stderr).toContain(pipe);
    expect(r.stderr).toContain("不是普通文件");
    expect(JSON.parse(r.stdout).files[0].output).not.toBeNull();
    expect(r.code).toBe(2);
  }, 20_000);

  it("--summary /dev/zero is refused at once, not read until memory runs out", async () => {
    const r = await lygip("check", await workbook(tempDir()), "--json", "--no-write", "--summary", "/dev/zero");
    expect(r.stderr).toContain("/dev/zero");
    expect(r.stderr).toContain("不是普通文件");
    expect(r.code).toBe(2);
  });
});

describe("names and messages", () => {
  it("--out naming a file: a message in Chinese saying it is not a folder, the file untouched", async () => {
    const dir = tempDir();
    const out = join(dir, "结果");
    writeFileSync(out, "a file of the user's");
    const r = await lygip("check", await workbook(dir), "--json", "--out", out);
    expect(r.stderr).toContain("不是文件夹");
    expect(r.stderr).not.toMatch(/EEXIST|ENOTDIR|mkdir/);
    expect(readFileSync(out, "utf8")).toBe("a file of the user's");
    expect(r.code).toBe(2);
  });

  it("--out naming a file, --lang en: the message is English", async () => {
    const dir = tempDir();
    const out = join(dir, "results");
    writeFileSync(out, "x");
    const r = await lygip("check", await workbook(dir), "--json", "--out", out, "--lang", "en");
    expect(r.stderr).toContain("is not a folder");
    expect(r.stderr).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it("a file lygip did not write at the copy's name, --lang en: refused in English", async () => {
    const dir = tempDir();
    const input = await workbook(dir, "a.xlsx");
    writeFileSync(join(dir, "a.checked.xlsx"), "the user's own file");
    const r = await lygip("check", input, "--json", "--lang", "en");
    expect(r.stderr).toMatch(/not written by lygip/);
    expect(r.stderr).not.toMatch(/[\u4e00-\u9fff]/u);
    expect(readFileSync(join(dir, "a.checked.xlsx"), "utf8")).toBe("the user's own file");
  });

  it("a 74-character Chinese file name: its copy is written (the temporary name stays within 255 bytes)", async () => {
    const dir = tempDir();
    const name = "连云港市知识产权专项资金申报表".repeat(5).slice(0, 74);
    expect(Buffer.byteLength(`${name}.checked.xlsx`)).toBeLessThanOrEqual(255);
    const r = await lygip("check", await workbook(dir, `${name}.xlsx`), "--json");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).files[0].output).toBe(join(dir, `${name}.checked.xlsx`));
    expect(readdirSync(dir).sort()).toEqual([`${name}.checked.xlsx`, `${name}.xlsx`].sort());
  });

  it("a name whose copy's name would pass 255 bytes: a clear message in Chinese, nothing written", async () => {
    const dir = tempDir();
    const name = "连".repeat(82);
    expect(Buffer.byteLength(`${name}.xlsx`)).toBeLessThanOrEqual(255);
    expect(Buffer.byteLength(`${name}.checked.xlsx`)).toBeGreaterThan(255);
    const input = await workbook(dir, `${name}.xlsx`);
    const r = await lygip("check", input, "--json");
    expect(r.stderr).toContain("文件名过长");
    expect(existsSync(join(dir, `${name}.checked.xlsx`))).toBe(false);
    expect(r.code).toBe(2);
  });
});
