/**
 * The add-in manifest, offline: the XML schema (xmllint with docs/office-schemas),
 * and our own checks that the schema cannot make: resource ids resolve to the right kind, every URL is
 * https, every file the manifest names is produced by the build, and the production URL replaces every
 * development one.
 */
import { readFileSync } from "fs";
import path from "path";
import { TEST_ADDIN_URL, addinBuild, repoRoot } from "../support/built";

const check = require("../../scripts/validate-manifest.js") as {
  validate(file: string, opts?: { distDir?: string; schema?: boolean }): string[];
  checkSchema(file: string): string[];
  checkResids(xml: string): string[];
  checkHttps(xml: string): string[];
  checkBuiltFiles(xml: string, distDir: string): string[];
  urlsOf(xml: string): string[];
};

const manifestPath = path.join(repoRoot, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");

describe("manifest.xml as written (development URLs)", () => {
  test("validates against the Office add-in manifest schema", () => {
    expect(check.checkSchema(manifestPath)).toEqual([]);
  });
  test("every resid resolves to a resource of the kind its element needs", () => {
    expect(check.checkResids(manifest)).toEqual([]);
  });
  test("every URL is https on localhost:3000", () => {
    expect(check.checkHttps(manifest)).toEqual([]);
    for (const url of check.urlsOf(manifest)) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });
  test("custom functions on the JavaScript-only runtime: Script, Page, Metadata and the LYGIP namespace", () => {
    expect(manifest).toContain('<ExtensionPoint xsi:type="CustomFunctions">');
    expect(manifest).not.toContain("<Runtimes>");
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="LYGIP"/);
    expect(manifest).toMatch(/<bt:Url id="Functions.Script.Url" DefaultValue="[^"]*\/functions.js"/);
    expect(manifest).toMatch(/<bt:Url id="Functions.Page.Url" DefaultValue="[^"]*\/functions.html"/);
  });
  test("the metadata URL points Chinese-language Excel to the zh-CN override", () => {
    expect(manifest).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="[^"]*\/functions.json">\s*<bt:Override Locale="zh-CN" Value="[^"]*\/functions.zh-CN.json"/,
    );
  });
  test("the display name and every user-facing string have a Chinese override", () => {
    const strings = [...manifest.matchAll(/<(?:DisplayName|Description|bt:String id="(?!Functions.Namespace)[^"]+")[^>]*DefaultValue="[^"]*">([\s\S]*?)<\//g)];
    expect(strings.length).toBeGreaterThan(4);
    for (const s of strings) expect(s[1]).toMatch(/Locale="zh-CN" Value="[^"]*[\u4e00-\u9fff]/);
  });
});

describe("the checks find what they look for", () => {
  test("an unknown resid, a resid of the wrong kind, and an http URL", () => {
    const broken = manifest
      .replace('<SourceLocation resid="Functions.Script.Url" />', '<SourceLocation resid="Functions.Nowhere" />')
      .replace('<Namespace resid="Functions.Namespace" />', '<Namespace resid="Functions.Page.Url" />')
      .replace('DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="http://localhost:3000/assets/icon-16.png"');
    expect(check.checkResids(broken)).toEqual([
      '<SourceLocation resid="Functions.Nowhere">: no resource with this id',
      '<Namespace resid="Functions.Page.Url">: needs a ShortString, found a Url',
    ]);
    expect(check.checkHttps(broken)).toEqual(["URL is not https: http://localhost:3000/assets/icon-16.png"]);
  });
  test("a file the build does not produce", () => {
    expect(check.checkBuiltFiles(manifest, path.join(repoRoot, "assets"))).toContain(
      `the manifest names functions.js, which the build did not produce in ${path.join(repoRoot, "assets")}`,
    );
  });
});

describe("the production build", () => {
  let dist: string;
  beforeAll(() => {
    dist = addinBuild();
  }, 300_000);

  test("writes a manifest whose every URL is the production one, and which validates", () => {
    const built = readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(built).not.toContain("localhost");
    for (const url of check.urlsOf(built)) expect(url.startsWith(TEST_ADDIN_URL)).toBe(true);
    expect(check.validate(path.join(dist, "manifest.xml"), { distDir: dist })).toEqual([]);
  });
  test("produces every file the manifest names: pages, scripts, both metadata files and the icons", () => {
    expect(check.checkBuiltFiles(manifest, dist)).toEqual([]);
  });
});
