/**
 * The check pipeline runs in a browser: src/check bundled by webpack for the web with no Node fallbacks
 * (an import of a Node built-in fails the build), then run in a context that has only what a Web Worker
 * has (no Buffer, no process, no require) on the sample workbook — and its copy and batch workbook are the
 * ones the same check gives in Node with the command line's codec, part for part (zlib's compressed bytes
 * differ from fflate's; the parts do not), its report the same.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { checkFiles, type CheckedFiles, type NamedFile } from "../../src/check";
import { nodeCodec } from "../../src/cli/nodeCodec";
import { useCodec } from "../../src/workbook/bytes";
import { expectSameWorkbook } from "../support/sameWorkbook";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "samples", "申报表示例.xlsx");
const AT = new Date("2026-03-04T05:06:07.000Z");

let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "lygip-web-check-"));
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

function bundle(): Promise<string> {
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: ["web", "es2017"],
    context: ROOT,
    entry: join(ROOT, "test", "check", "webEntry.ts"),
    output: { path: out, filename: "check.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: "es2017", module: "es2020" } } },
      }],
    },
  };
  return new Promise((done, fail) => webpack(config, (err, stats) => {
    if (err) return fail(err);
    if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
    done(readFileSync(join(out, "check.js"), "utf8"));
  }));
}

test("src/check bundles for the web and checks a workbook with no Node global, giving the command line's copy part for part", async () => {
  const code = await bundle();
  // What a Web Worker has beyond the language itself, and nothing of Node's.
  const context = vm.createContext({ TextEncoder, TextDecoder, console });
  vm.runInContext(code, context);
  expect(vm.runInContext("typeof Buffer + typeof process + typeof require", context)).toBe("undefinedundefinedundefined");

  const sample = readFileSync(SAMPLE);
  // The bytes as the worker's own Uint8Array, as a page would hand them over.
  const bytes = vm.runInContext(`new Uint8Array(${sample.length})`, context) as Uint8Array;
  bytes.set(sample);
  const check = vm.runInContext("lygipWebCheck", context) as (files: readonly NamedFile[], options: object) => CheckedFiles;
  const inWorker = check([{ name: "申报表示例.xlsx", bytes }], { checkedAt: AT, summary: true });
  const portable = useCodec(nodeCodec);
  let inNode: CheckedFiles;
  try {
    inNode = checkFiles([{ name: "申报表示例.xlsx", bytes: sample }], { checkedAt: AT, summary: true });
  } finally {
    useCodec(portable);
  }

  expect(inWorker.copies).toHaveLength(1);
  expectSameWorkbook(inWorker.copies[0]!.bytes, inNode.copies[0]!.bytes);
  expectSameWorkbook(inWorker.summary!, inNode.summary!);
  expect(JSON.stringify(inWorker.report)).toBe(JSON.stringify(inNode.report));
  expect(inWorker.report.totals.rows).toBeGreaterThan(0);
}, 300_000);
