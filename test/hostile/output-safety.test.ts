/**
 * Nothing is ever lost when lygip writes (issue 10, points 1–3 and 8): a failed write, a planted link,
 * colliding batch inputs or an internal failure never leave a partial or wrong file under a final name,
 * never overwrite what lygip did not write, and never look like "rows with errors". A really full disk, a
 * kill midway and a closed pipe need processes and mounts: output-safety.e2e.test.ts.
 */
import * as fs from "node:fs";
import { readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OutputFailed, OutputRefused, writeAtomically, type WriteOps } from "../../src/cli/atomicWrite";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T";
const claim = (claimed: number, ref = "ZL1") =>
  row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "GI", 事项日期: "2026-03-01", "证书/合同/案件编号": ref, "申请金额（元）": claimed });

const realOps: WriteOps = {
  openSync: fs.openSync,
  writeSync: (fd, b, o, l) => fs.writeSync(fd, b, o, l),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
};

let good: string;
beforeAll(async () => {
  good = await writeWorkbook(join(tempDir(), "good.xlsx"), [{ headers: HEADERS, rows: [claim(100000)] }]);
});

describe("point 1: a write that fails leaves the old output and no partial file", () => {
  it("a short write (the disk fills) is refused: no file under the final name, the old output unchanged", () => {
    const dir = tempDir();
    const target = join(dir, "a.checked.xlsx");
    writeFileSync(target, "old output");
    let calls = 0;
    const ops: WriteOps = {
      ...realOps,
      // The first call writes half and reports it; the next writes nothing, as write(2) does on a full disk.
      writeSync: (fd, b, o, l) => (calls++ === 0 ? fs.writeSync(fd, b, o, Math.floor(l / 2)) : 0),
    };
    expect(() => writeAtomically(target, new Uint8Array(10_000).fill(7), () => true, ops)).toThrow(OutputFailed);
    expect(readFileSync(target, "utf8")).toBe("old output");
    expect(readdirSync(dir)).toEqual(["a.checked.xlsx"]);
  });

  it("ENOSPC says 磁盘空间不足 in Chinese, and the temporary file is removed", () => {
    const dir = tempDir();
    const target = join(dir, "b.checked.xlsx");
    const ops: WriteOps = { ...realOps, writeSync: () => { throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }); } };
    expect(() => writeAtomically(target, new Uint8Array(10), () => true, ops)).toThrow(/磁盘空间不足/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("the file is synced before it is renamed into place", () => {
    const dir = tempDir();
    const order: string[] = [];
    const ops: WriteOps = {
      ...realOps,
      fsyncSync: (fd) => { order.push("fsync"); fs.fsyncSync(fd); },
      renameSync: (a, b) => { order.push("rename"); fs.renameSync(a, b); },
    };
    writeAtomically(join(dir, "c.xlsx"), new Uint8Array([1, 2, 3]), () => true, ops);
    expect(order).toEqual(["fsync", "rename"]);
  });
});

describe("point 2: the temporary file is new, random and never a link", () => {
  it("a link planted at the old predictable temporary name is not followed", () => {
    const dir = tempDir();
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const target = join(dir, "a.checked.xlsx");
    symlinkSync(victim, join(dir, `.a.checked.xlsx.${process.pid}.tmp`));
    writeAtomically(target, new Uint8Array([9, 9, 9]), () => true);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect([...readFileSync(target)]).toEqual([9, 9, 9]);
  });

  it("the temporary file is opened exclusively (wx) under a name that differs every time", () => {
    const dir = tempDir();
    const opened: [string, string][] = [];
    const ops: WriteOps = { ...realOps, openSync: ((p: fs.PathLike, f: fs.OpenMode, m?: fs.Mode) => { opened.push([String(p), String(f)]); return fs.openSync(p, f, m); }) as typeof fs.openSync };
    writeAtomically(join(dir, "x.xlsx"), new Uint8Array([1]), () => true, ops);
    writeAtomically(join(dir, "x.xlsx"), new Uint8Array([2]), () => true, ops);
    expect(opened.map(([, f]) => f)).toEqual(["wx", "wx"]);
    expect(opened[0]![0]).not.toBe(opened[1]![0]);
  });

  it("an output name that is a link is refused, and what it points to is untouched", () => {
    const dir = tempDir();
    const victim = join(dir, "victim.xlsx");
    writeFileSync(victim, "precious");
    const target = join(dir, "a.checked.xlsx");
    symlinkSync(victim, target);
    expect(() => writeAtomically(target, new Uint8Array([1]), () => true)).toThrow(OutputRefused);
    expect(readFileSync(victim, "utf8")).toBe("precious");
  });
});

describe("point 3: batch collisions", () => {
  it("two inputs of the same name from different folders written to one --out get distinct copies", async () => {
    const one = await writeWorkbook(join(tempDir(), "申报表.xlsx"), [{ headers: HEADERS, rows: [claim(100000, "A")] }]);
    const two = await writeWorkbook(join(tempDir(), "申报表.xlsx"), [{ headers: HEADERS, rows: [claim(90000, "B")] }]);
    const out = tempDir();
    const r = await lygip("check", one, two, "--json", "--separate", "--out", out);
    const outputs = JSON.parse(r.stdout).files.map((f: { output: string }) => f.output);
    expect(outputs).toEqual([join(out, "申报表.checked.xlsx"), join(out, "申报表（2）.checked.xlsx")]);
    expect(readdirSync(out).sort()).toEqual(["申报表.checked.xlsx", "申报表（2）.checked.xlsx"].sort());
    expect(r.code).toBe(0);
  });

  it("the same file given twice is checked once: its rows are not duplicates of themselves", async () => {
    const r = await lygip("check", good, join(good, "..", "good.xlsx"), "--json", "--no-write");
    const report = JSON.parse(r.stdout);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].rows[0].messages.map((m: { code: string }) => m.code)).not.toContain("DUPLICATE");
    expect(r.stderr).toContain("同一个文件");
    expect(r.code).toBe(0);
  });

  it("a second check over *.xlsx skips the copies the first one wrote, and writes no *.checked.checked.xlsx", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(join(dir, "a.xlsx"), [{ headers: HEADERS, rows: [claim(100000)] }]);
    expect((await lygip("check", input)).code).toBe(0);
    const copy = join(dir, "a.checked.xlsx");
    const r = await lygip("check", input, copy, "--json");
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([input]);
    expect(r.stderr).toContain("批注副本");
    expect(readdirSync(dir).sort()).toEqual(["a.checked.xlsx", "a.xlsx"]);
    expect(r.code).toBe(0);
  });
});

describe("point 8: a crash is exit 2 with one line, never rows with errors", () => {
  it("an unexpected failure inside the check: exit 2, one line on stderr, no stack", async () => {
    let stderr = "";
    let stdout = "";
    let code = -1;
    // The whole run inside the isolated registry: the check command is loaded when it runs, not before.
    await jest.isolateModulesAsync(async () => {
      jest.doMock("../../src/engine/check", () => ({
        ...jest.requireActual("../../src/engine/check"),
        checkBatch: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)");
        },
      }));
      const isolatedMain: typeof import("../../src/cli/main").main = require("../../src/cli/main").main;
      code = await isolatedMain(["node", "lygip", "check", good, "--no-write"], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("内部错误");
    expect(stderr).not.toMatch(/\bat \S+ \(/);
  });
});
