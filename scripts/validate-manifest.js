#!/usr/bin/env node
/**
 * Offline checks of the add-in manifest (`npm run validate`):
 *  1. the XML schema, with xmllint and the schemas in docs/office-schemas (the online validator is
 *     out of reach here);
 *  2. every resid names a resource of the right kind (a URL, an image, a short or a long string);
 *  3. every URL is https;
 *  4. with --dist DIR (default dist/ when it exists): every file the manifest names under the add-in's base
 *     URL was produced by the build.
 * Exit 0 when all pass; 1 with one line per problem otherwise.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const repoRoot = path.resolve(__dirname, "..");
const DEV_BASE = "https://localhost:3000/";

/** Which kind of resource each referring element needs. */
const KIND_BY_ELEMENT = {
  SourceLocation: "Url", LearnMoreUrl: "Url", FunctionFile: "Url",
  "bt:Image": "Image",
  Namespace: "ShortString", Title: "ShortString", Label: "ShortString",
  Description: "LongString",
};
const SECTIONS = { Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" };

function schemaDir() {
  return path.resolve(repoRoot, "docs/office-schemas");
}

/** xmllint's verdict, or the reason it could not run. */
function checkSchema(manifestPath) {
  const xsd = path.join(schemaDir(), "OfficeAppManifestV1_1.xsd");
  if (!fs.existsSync(xsd)) return [`schema not found: ${xsd}`];
  try {
    execFileSync("xmllint", ["--noout", "--schema", xsd, manifestPath], { stdio: "pipe" });
    return [];
  } catch (e) {
    if (e.code === "ENOENT") return ["xmllint is not installed (Debian: apt-get install libxml2-utils)"];
    return [`schema: ${String(e.stderr || e.message).trim()}`];
  }
}

/** The resources a manifest defines, by id: { kind, urls: [DefaultValue and Override values] }. */
function resourcesOf(xml) {
  const resources = new Map();
  const problems = [];
  for (const [section, kind] of Object.entries(SECTIONS)) {
    const block = new RegExp(`<bt:${section}>([\\s\\S]*?)</bt:${section}>`).exec(xml);
    if (!block) continue;
    const entry = /<bt:(?:Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"\s*(\/>|>([\s\S]*?)<\/bt:(?:Image|Url|String)>)/g;
    for (let m; (m = entry.exec(block[1])); ) {
      if (resources.has(m[1])) problems.push(`resource id ${m[1]} is defined twice`);
      const overrides = [...(m[4] || "").matchAll(/Value="([^"]*)"/g)].map((o) => o[1]);
      resources.set(m[1], { kind, values: [m[2], ...overrides] });
    }
  }
  return { resources, problems };
}

/** Every resid reference resolves to a resource of the kind its element needs. */
function checkResids(xml) {
  const { resources, problems } = resourcesOf(xml);
  for (const m of xml.matchAll(/<([\w:]+)\b[^>]*\bresid="([^"]+)"/g)) {
    const [, element, id] = m;
    const want = KIND_BY_ELEMENT[element];
    const have = resources.get(id);
    if (!have) problems.push(`<${element} resid="${id}">: no resource with this id`);
    else if (want && have.kind !== want) problems.push(`<${element} resid="${id}">: needs a ${want}, found a ${have.kind}`);
  }
  return problems;
}

/** Every URL the manifest holds, in any attribute or element. */
function urlsOf(xml) {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  const urls = new Set();
  for (const m of withoutComments.matchAll(/(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:[^"]*)"/gi)) urls.add(m[1]);
  for (const m of withoutComments.matchAll(/>\s*([a-z][a-z0-9+.-]*:\/\/[^<\s]*)\s*</gi)) urls.add(m[1]);
  return [...urls];
}

function checkHttps(xml) {
  return urlsOf(xml)
    .filter((u) => !u.startsWith("https://"))
    .map((u) => `URL is not https: ${u}`);
}

/** The add-in's base URL: where its task pane page lives. */
function baseOf(xml) {
  const m = /<DefaultSettings>\s*<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
  return m ? new URL(".", m[1]).href : DEV_BASE;
}

/** Every file the manifest names under its base URL exists in the build output. */
function checkBuiltFiles(xml, distDir) {
  const base = baseOf(xml);
  return urlsOf(xml)
    .filter((u) => u.startsWith(base))
    .map((u) => decodeURIComponent(new URL(u).pathname.slice(new URL(base).pathname.length)))
    .filter((file) => file !== "" && !fs.existsSync(path.join(distDir, file)))
    .map((file) => `the manifest names ${file}, which the build did not produce in ${distDir}`);
}

function validate(manifestPath, { distDir, schema = true } = {}) {
  const xml = fs.readFileSync(manifestPath, "utf8");
  return [
    ...(schema ? checkSchema(manifestPath) : []),
    ...checkResids(xml),
    ...checkHttps(xml),
    ...(distDir ? checkBuiltFiles(xml, distDir) : []),
  ];
}

module.exports = { validate, checkSchema, checkResids, checkHttps, checkBuiltFiles, urlsOf, baseOf, resourcesOf };

if (require.main === module) {
  const args = process.argv.slice(2);
  const distFlag = args.indexOf("--dist");
  const distDir = distFlag >= 0 ? path.resolve(args[distFlag + 1]) : path.join(repoRoot, "dist");
  const targets = [[path.join(repoRoot, "manifest.xml"), null]];
  if (fs.existsSync(path.join(distDir, "manifest.xml"))) targets.push([path.join(distDir, "manifest.xml"), distDir]);
  let failed = false;
  for (const [file, dist] of targets) {
    const problems = validate(file, { distDir: dist });
    const name = path.relative(process.cwd(), file) || file;
    if (problems.length) {
      failed = true;
      for (const p of problems) console.error(`${name}: ${p}`);
    } else {
      console.log(`${name}: valid${dist ? " (schema, resource ids, https, built files)" : " (schema, resource ids, https)"}`);
    }
  }
  process.exit(failed ? 1 : 0);
}
