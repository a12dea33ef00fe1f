/**
 * The command as a reviewer installs it: a fresh checkout packed with `npm pack` (whose `prepare` compiles
 * lib/), the tarball installed globally into a scratch prefix, and `lygip` run from an unrelated folder.
 * The tarball carries the command line and what it needs at run time, nothing of the add-in's build.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../support/built";

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

let scratch: string;
let tarball: string;
let files: string[];

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-pack-"));
  // A checkout as a clone has it: tracked files only (no lib/, no dist/), with the installed node_modules.
  const checkout = path.join(scratch, "checkout");
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const f of tracked) {
    if (!fs.existsSync(path.join(repoRoot, f))) continue;
    fs.mkdirSync(path.dirname(path.join(checkout, f)), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, f), path.join(checkout, f));
  }
  fs.symlinkSync(fs.realpathSync(path.join(repoRoot, "node_modules")), path.join(checkout, "node_modules"), "dir");
  const packed = execFileSync(NPM, ["pack", "--json", "--pack-destination", scratch], { cwd: checkout, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [info] = JSON.parse(packed.slice(packed.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(scratch, info!.filename);
  files = info!.files.map((f) => f.path).sort();
}, 300_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

test("the tarball holds the compiled command line, the sample, the policy documents and the README", () => {
  for (const f of ["bin/lygip.js", "lib/cli/bundle.js", "lib/cli/main.js", "lib/engine/index.js", "samples/申报表示例.xlsx", "docs/policy/MEASURES.md",
    "docs/policy/lianyungang-2025-3.md", "docs/spec/REPORT.md", "README.md", "package.json"]) {
    expect(files).toContain(f);
  }
});

test("the tarball holds nothing of the sources, tests, benchmark or add-in build", () => {
  const foreign = files.filter((f) => /^(src|test|bench|scripts|dist|build|assets|node_modules)\//.test(f) || f.startsWith("lib/bench/") || f.endsWith(".ts"));
  expect(foreign).toEqual([]);
  expect(fs.statSync(tarball).size).toBeLessThan(1024 * 1024);
});

test("dependencies are what the command line needs at run time; the add-in's libraries and exceljs (test fixtures, the sample's generator) are dev dependencies", () => {
  expect(Object.keys(pkg.dependencies).sort()).toEqual(["@noble/hashes", "cli-progress", "commander", "decimal.js", "fflate", "nzh"]);
  for (const bundled of ["react", "react-dom", "@fluentui/react-components", "webpack", "exceljs"]) expect(pkg.devDependencies).toHaveProperty([bundled]);
});

describe("installed globally from the tarball", () => {
  let prefix: string;
  let lygip: string;
  let elsewhere: string;

  beforeAll(() => {
    prefix = path.join(scratch, "prefix");
    elsewhere = fs.mkdtempSync(path.join(scratch, "elsewhere-"));
    // From npm's cache where it can; the registry only for what the cache lacks.
    execFileSync(NPM, ["install", "-g", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", tarball], {
      cwd: elsewhere, stdio: "pipe",
    });
    lygip = process.platform === "win32" ? path.join(prefix, "lygip.cmd") : path.join(prefix, "bin", "lygip");
  }, 300_000);

  test("lygip --version answers the package's version from any folder", () => {
    const r = spawnSync(lygip, ["--version"], { cwd: elsewhere, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  test("lygip check reads the installed sample: every row reported, its errors give exit 1", () => {
    const sample = path.join(prefix, "lib", "node_modules", "lygip", "samples", "申报表示例.xlsx");
    const r = spawnSync(lygip, ["check", sample, "--json", "--no-write"], { cwd: elsewhere, encoding: "utf8" });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { rows: unknown[] }[] };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.rows.length).toBeGreaterThan(40);
  });

  test("lygip template writes the blank template with only the run-time dependencies installed", () => {
    const out = path.join(elsewhere, "申报模板.xlsx");
    const r = spawnSync(lygip, ["template", "--out", out], { cwd: elsewhere, encoding: "utf8" });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(fs.existsSync(path.join(prefix, "lib", "node_modules", "lygip", "node_modules", "exceljs"))).toBe(false);
  });
});
