/**
 * Nothing is ever lost when lygip writes, where it takes a real process or a real file system to show it
 * (issue 10, points 1 and 8): a disk that really fills, a process killed mid-write, a reader that closes the
 * pipe. The injected failures of the same writer are in output-safety.test.ts.
 */
import { randomBytes } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as ts from "typescript";
import { ensureLib } from "../support/built";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";

const ROOT = resolve(__dirname, "../..");
const HZ = "91320706MA1XKQ8L3T";
const claim = (claimed: number, ref = "ZL1") =>
  row({ 单位名称: "甲公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 支持事项: "GI", 事项日期: "2026-03-01", "证书/合同/案件编号": ref, "申请金额（元）": claimed });

let good: string;
beforeAll(async () => {
  good = await writeWorkbook(join(tempDir(), "good.xlsx"), [{ headers: HEADERS, rows: [claim(100000)] }]);
});

describe("point 1: a write that fails leaves the old output and no partial file", () => {
  it("a copy too large for a full disk (64 KiB tmpfs) is not written: output null, exit 2, a Chinese message, old file intact", async () => {
    const mountPoint = tempDir("lygip-full-");
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]).status === 0;
    try {
      let input = good;
      let out = mountPoint;
      if (!mounted) {
        // Without a tmpfs the disk cannot really fill; the injected short write above covers the writer.
        out = join(tempDir(), "out");
        mkdirSync(out);
      } else {
        // A workbook whose copy is larger than the 64 KiB the file system holds.
        const rows = Array.from({ length: 3000 }, (_, i) => claim(100000, `ZL-${i}-${randomBytes(16).toString("hex")}`));
        input = await writeWorkbook(join(tempDir(), "big.xlsx"), [{ headers: HEADERS, rows }]);
        // An earlier, small copy of ours under the same name: it must survive the failed write.
        const small = await writeWorkbook(join(tempDir(), "big.xlsx"), [{ headers: HEADERS, rows: [claim(100000)] }]);
        expect((await lygip("check", small, "--out", out)).code).toBe(0);
      }
      const before = mounted ? readFileSync(join(out, "big.checked.xlsx")) : undefined;
      const r = await lygip("check", input, "--json", "--out", out);
      const report = JSON.parse(r.stdout);
      if (mounted) {
        expect(report.files[0].output).toBeNull();
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/磁盘空间不足/);
        expect(readdirSync(out)).toEqual(["big.checked.xlsx"]);
        expect(readFileSync(join(out, "big.checked.xlsx")).equals(before!)).toBe(true);
      } else {
        expect(report.files[0].output).not.toBeNull();
      }
    } finally {
      if (mounted) spawnSync("umount", [mountPoint]);
    }
  }, 60_000);
});

/** The writer's module compiled on the fly, for a child process to run (no build of lib/ needed). */
/** The writer's module and its catalog compiled on the fly, for a child process to run (no build of lib/ needed). */
function compiledWriter(dir: string): string {
  for (const name of ["atomicWrite", "outputWords"]) {
    const source = readFileSync(join(ROOT, `src/cli/${name}.ts`), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(join(dir, `${name}.js`), js);
  }
  return join(dir, "atomicWrite.js");
}

describe("SIGKILL midway", () => {
  it("a process killed while writing leaves no file under the final name, and the old output as it was", async () => {
    const dir = tempDir();
    const writer = compiledWriter(tempDir());
    const target = join(dir, "a.checked.xlsx");
    writeFileSync(target, "old output");
    const started = join(dir, "started");
    // Writes 1 MiB at a time and stops (sleeping) after the first piece, so the kill lands mid-file.
    const script = `
      const fs = require("fs");
      const { writeAtomically } = require(${JSON.stringify(writer)});
      const ops = { openSync: fs.openSync, fsyncSync: fs.fsyncSync, closeSync: fs.closeSync, renameSync: fs.renameSync,
        writeSync: (fd, b, o, l) => { const n = fs.writeSync(fd, b, o, Math.min(l, 1 << 20));
          fs.writeFileSync(${JSON.stringify(started)}, "1"); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000); return n; } };
      writeAtomically(${JSON.stringify(target)}, new Uint8Array(8 << 20).fill(65), () => true, ops);`;
    const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
    const exited = new Promise((r) => child.on("exit", r));
    for (let i = 0; i < 200 && !existsSync(started); i++) await new Promise((r) => setTimeout(r, 25));
    expect(existsSync(started)).toBe(true);
    child.kill("SIGKILL");
    await exited;
    expect(readFileSync(target, "utf8")).toBe("old output");
    expect(readdirSync(dir).filter((n) => n.endsWith(".xlsx"))).toEqual(["a.checked.xlsx"]);
  }, 30_000);
});

describe("point 8: a closed stdout", () => {
  it("a closed stdout (lygip … | head) ends quietly", async () => {
    const dir = tempDir();
    // A report far larger than a pipe holds, so the writer meets the closed end.
    const rows = Array.from({ length: 400 }, (_, i) => claim(100000, `R${i}`));
    const big = await writeWorkbook(join(dir, "big.xlsx"), [{ headers: HEADERS, rows }]);
    // The run's one build of lib/ (support/built.ts), not a compile of its own.
    ensureLib();
    const r = spawnSync("sh", ["-c", `"${process.execPath}" bin/lygip.js check "${big}" --json --no-write | head -c 20 >/dev/null; true`], { encoding: "utf8", cwd: ROOT, env: { ...process.env, LYGIP_DEBUG: "" } });
    expect(r.stderr).toBe("");
  }, 120_000);
});
