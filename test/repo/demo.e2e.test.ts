/**
 * `npm run demo` is the README's first command after `npm ci`: it checks the bundled sample, whose errors
 * are there on purpose, and exits 0 so that `npm ci && npm run demo && npm test` goes on to the tests.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureLib, repoRoot } from "../support/built";

let scratch: string;
beforeAll(() => {
  ensureLib();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-demo-"));
}, 180_000);
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function demo(outDir: string) {
  return spawnSync(process.execPath, [path.join(repoRoot, "scripts", "demo.js"), outDir], { cwd: repoRoot, encoding: "utf8" });
}

test("npm run demo is the demo script", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
  expect(pkg.scripts.demo).toBe("node scripts/demo.js");
});

test("the demo checks the sample, writes its annotated copy, exits 0 and ends by saying the errors are on purpose", () => {
  const r = demo(path.join(scratch, "out"));
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/不予支持 [1-9]\d*/);
  expect(fs.existsSync(path.join(scratch, "out", "申报表示例.checked.xlsx"))).toBe(true);
  const lines = r.stdout.trimEnd().split("\n");
  expect(lines.at(-2)).toMatch(/错误是有意设置的/);
  expect(lines.at(-1)).toMatch(/errors are there on purpose/);
});

test("the demo fails when the check cannot complete (here: its output folder is a file)", () => {
  const blocked = path.join(scratch, "a-file");
  fs.writeFileSync(blocked, "");
  const r = demo(blocked);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/演示失败/);
});
