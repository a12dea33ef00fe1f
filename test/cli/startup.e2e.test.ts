/**
 * What the built command line loads at start (issue 13), seen from a separate Node process running lib/:
 * `--version` and `--help` answer without the engine, and each command loads only what it uses; bin/lygip.js
 * runs every other command from the one bundled file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureLib } from "../support/built";

const ROOT = resolve(__dirname, "../..");

describe("start-up loads only what the command uses (issue 13)", () => {
  beforeAll(() => ensureLib(), 180_000);
  /** The modules a run of `lygip ARGS` has loaded when it ends, as paths relative to the package. */
  function loaded(...args: string[]): string[] {
    const script = `
      const main = require(${JSON.stringify(join(ROOT, "lib", "cli", "main.js"))}).main;
      const quiet = { stdout() {}, stderr() {} };
      main(["node", "lygip", ...${JSON.stringify(args)}], quiet).then(() => {
        process.stdout.write(JSON.stringify(Object.keys(require.cache)));
      });`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT });
    return (JSON.parse(r.stdout) as string[]).map((p) => p.slice(ROOT.length + 1));
  }
  test("--version and --help load neither the engine, the policy, the workbook reader nor exceljs", () => {
    for (const args of [["--version"], ["--help"]]) {
      const modules = loaded(...args);
      // The terminal's text is measured with the one East-Asian width table, a module of data and nothing else.
      const heavy = (m: string) => /^lib\/(engine|policy|workbook|writer|output)\//.test(m) && m !== "lib/output/eastAsianWidth.js";
      expect(modules.filter((m) => heavy(m) || m.includes("node_modules/exceljs/") || m.includes("node_modules/decimal.js/"))).toEqual([]);
    }
  });
  test("check loads the engine and the reader; no command loads exceljs, template included", () => {
    const check = loaded("check", join(ROOT, "samples", "申报表示例.xlsx"), "--no-write", "--json");
    expect(check.some((m) => m.startsWith("lib/engine/"))).toBe(true);
    expect(check.some((m) => m.includes("node_modules/exceljs/"))).toBe(false);
    const items = loaded("items");
    expect(items.some((m) => m.includes("node_modules/exceljs/"))).toBe(false);
    const out = join(mkdtempSync(join(tmpdir(), "lygip-template-")), "模板.xlsx");
    const template = loaded("template", "--out", out);
    expect(template).toContain("lib/writer/template.js");
    expect(template.some((m) => m.includes("node_modules/exceljs/"))).toBe(false);
    expect(existsSync(out)).toBe(true);
  });
  test("a check that reads, writes its copy and hashes loads neither fflate nor @noble/hashes: Node's zlib and crypto do that work", () => {
    const out = mkdtempSync(join(tmpdir(), "lygip-check-"));
    const check = loaded("check", join(ROOT, "samples", "申报表示例.xlsx"), "--out", out, "--json");
    expect(existsSync(join(out, "申报表示例.checked.xlsx"))).toBe(true);
    expect(check.some((m) => m.startsWith("lib/writer/"))).toBe(true);
    expect(check.filter((m) => m.includes("node_modules/fflate/") || m.includes("node_modules/@noble/"))).toEqual([]);
  });
});

describe("start-up loads no writer", () => {
  beforeAll(() => ensureLib(), 180_000);
  test("--version loads nothing of the command line beyond main, its words, the terminal text (with its one width table) and the version", () => {
    const script = `require(${JSON.stringify(join(ROOT, "lib", "cli", "main.js"))}).main(["node", "lygip", "--version"], { stdout() {}, stderr() {} })
      .then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((k) => !k.includes("node_modules")))));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT });
    const ours = (JSON.parse(r.stdout) as string[]).map((p) => p.slice(ROOT.length + 1)).sort();
    expect(ours).toEqual(["lib/cli/commanderWords.js", "lib/cli/io.js", "lib/cli/lang.js", "lib/cli/main.js", "lib/cli/terminalText.js", "lib/cli/version.js", "lib/output/eastAsianWidth.js"]);
  });
  test("bin/lygip.js runs a check from the one bundle: no other file of lib/ or node_modules is read", () => {
    const script = `process.argv = [process.execPath, "lygip", "check", ${JSON.stringify(join(ROOT, "samples", "申报表示例.xlsx"))}, "--no-write", "--json"];
      require(${JSON.stringify(join(ROOT, "bin", "lygip.js"))});
      process.on("exit", () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    // A check of the sample finds problems (exit 1) and reports every row.
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { files: { rows: unknown[] }[] }).files[0]!.rows.length).toBeGreaterThan(0);
    const loaded = (JSON.parse(r.stderr) as string[]).map((p) => p.slice(ROOT.length + 1)).sort();
    expect(loaded).toEqual(["bin/lygip.js", "lib/cli/bundle.js"]);
  });
  test("bin/lygip.js --version (or -V) alone loads only the version module, not commander", () => {
    const script = `process.argv = [process.execPath, "lygip", process.env.FLAG]; require(${JSON.stringify(join(ROOT, "bin", "lygip.js"))});
      process.on("exit", () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));`;
    for (const flag of ["--version", "-V"]) {
      const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT, env: { ...process.env, FLAG: flag } });
      expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
      const loaded = (JSON.parse(r.stderr) as string[]).map((p) => p.slice(ROOT.length + 1)).sort();
      expect(loaded).toEqual(["bin/lygip.js", "lib/cli/version.js"]);
    }
  });
});
