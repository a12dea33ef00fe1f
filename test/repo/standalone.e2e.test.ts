/**
 * The repository stands alone: nothing in it reaches outside its own folder for the policy text, the
 * contracts or the manifest schemas, and a copy of the tracked files with nothing beside it runs the
 * policy tests and the manifest validation.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter((f) => f && fs.existsSync(path.join(root, f)));
const textFiles = tracked.filter((f) => /\.(ts|tsx|js|cjs|json|md|html|xml|yml|yaml|sh)$|^\.ci\//.test(f) && f !== "package-lock.json");

/** A path up out of the repository into the documents folder that used to sit beside it (built, so this file does not match itself). */
const OUTSIDE = new RegExp(["\\.\\.", "[\\\\/]", "shared\\b"].join(""));

test("no tracked file names the shared folder that used to sit beside the repository", () => {
  const offenders = textFiles.filter((f) => OUTSIDE.test(fs.readFileSync(path.join(root, f), "utf8")));
  expect(offenders).toEqual([]);
});

test("every relative link in the README and docs/ points to a file inside the repository", () => {
  const pages = tracked.filter((f) => f === "README.md" || (f.startsWith("docs/") && f.endsWith(".md")));
  const broken: string[] = [];
  for (const page of pages) {
    const text = fs.readFileSync(path.join(root, page), "utf8");
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!.split("#")[0]!;
      if (!target || /^[a-z]+:/i.test(target)) continue;
      const resolved = path.resolve(root, path.dirname(page), decodeURI(target));
      const inside = resolved.startsWith(root + path.sep);
      if (!inside || !fs.existsSync(resolved)) broken.push(`${page} → ${target}`);
    }
  }
  expect(pages).toContain("docs/policy/MEASURES.md");
  expect(broken).toEqual([]);
});

describe("a copy of the tracked files, with nothing beside it", () => {
  let parent: string;
  let copy: string;

  beforeAll(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-alone-"));
    copy = path.join(parent, "lygip");
    for (const f of tracked) {
      fs.mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
      fs.copyFileSync(path.join(root, f), path.join(copy, f));
    }
    fs.symlinkSync(fs.realpathSync(path.join(root, "node_modules")), path.join(copy, "node_modules"), "dir");
  });
  afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

  test("has no shared folder beside it", () => {
    expect(fs.readdirSync(parent)).toEqual(["lygip"]);
  });

  test("passes the policy tests, which read the policy text and MEASURES.md from docs/", () => {
    const jest = path.join(copy, "node_modules", "jest", "bin", "jest.js");
    const r = spawnSync(process.execPath, [jest, "test/policy", "--ci", "--colors=false"], { cwd: copy, encoding: "utf8" });
    expect(r.stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    expect(r.stderr).not.toMatch(/^Tests:.*(failed|skipped)/m);
    expect(r.status).toBe(0);
  }, 120_000);

  test("npm run validate passes: the manifest schemas are in docs/office-schemas", () => {
    const r = spawnSync("npm", ["run", "--silent", "validate"], { cwd: copy, encoding: "utf8" });
    expect(r.stdout + r.stderr).not.toMatch(/schema not found/);
    expect(r.status).toBe(0);
  }, 60_000);
});
