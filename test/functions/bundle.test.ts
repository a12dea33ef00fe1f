/**
 * The built custom functions bundle, run as Excel's JavaScript-only runtime runs it: no DOM and no Node,
 * only a CustomFunctions global. Every function the generated functions.json declares must be registered
 * under its id with a matching parameter count, and answer through that registration.
 */
import { readFileSync, rmSync } from "fs";
import path from "path";
import vm from "vm";
import { buildAddin } from "./buildAddin";
import { fakeCustomFunctions, FakeExcelError } from "./excelRuntime";

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
}

let dist: string;
let metadata: Metadata;
let zhCN: Metadata;
const registered = new Map<string, (...args: unknown[]) => unknown>();

beforeAll(() => {
  dist = buildAddin();
  metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8"));
  zhCN = JSON.parse(readFileSync(path.join(dist, "functions.zh-CN.json"), "utf8"));
  // A bare context: anything the bundle took from a browser or from Node would be a ReferenceError here.
  const context = vm.createContext({ CustomFunctions: fakeCustomFunctions(registered) });
  vm.runInContext(readFileSync(path.join(dist, "functions.js"), "utf8"), context, { filename: "functions.js" });
}, 180_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const call = (id: string, ...args: unknown[]) => {
  try {
    return { value: registered.get(id)!(...args) };
  } catch (e) {
    // The error class lives in this realm (the fake runtime), so instanceof holds across the sandbox.
    if (e instanceof FakeExcelError) return { error: e.code, message: e.message };
    throw e;
  }
};

describe("registration", () => {
  test("the eight functions of the issue are declared", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      ["APPROVE", "CAP", "CLAUSE", "CREDITCODE", "DAXIE", "EXPLAIN", "IPAWARD", "LOANSUBSIDY"],
    );
  });
  test("every id in functions.json is registered, with as many parameters as it declares", () => {
    for (const fn of metadata.functions) {
      expect(registered.has(fn.id)).toBe(true);
      expect({ id: fn.id, count: registered.get(fn.id)!.length }).toEqual({ id: fn.id, count: fn.parameters.length });
    }
    expect(registered.size).toBe(metadata.functions.length);
  });
  test("ids and names are upper case, as Excel shows built-in functions", () => {
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(fn.name).toBe(fn.id);
    }
  });
  test("optional parameters come after the required ones", () => {
    for (const fn of metadata.functions) {
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});

describe("the zh-CN metadata override", () => {
  test("has exactly the ids, names and parameters of the generated metadata", () => {
    const shape = (m: Metadata) => m.functions.map((f) => ({ id: f.id, name: f.name, parameters: f.parameters.map((p) => [p.name, !!p.optional]) }));
    expect(shape(zhCN)).toEqual(shape(metadata));
  });
  test("every description and parameter help is Chinese", () => {
    const han = /[\u4e00-\u9fff]/;
    for (const fn of zhCN.functions) {
      expect(fn.description).toMatch(han);
      for (const p of fn.parameters) expect({ fn: fn.id, p: p.name, text: p.description }).toEqual({ fn: fn.id, p: p.name, text: expect.stringMatching(han) });
    }
  });
  test("the default metadata is English", () => {
    for (const fn of metadata.functions) expect(fn.description).toMatch(/^[A-Z#a-z]/);
  });
});

describe("calls through the registration", () => {
  test("IPAWARD: the pledge-loan worked example, 42,000", () => {
    expect(call("IPAWARD", "PLEDGE_LOAN", null, 180000, null, 18, 20000, null)).toEqual({ value: 42000 });
  });
  test("IPAWARD with desktop blanks (0) for the optional arguments", () => {
    expect(call("IPAWARD", "地理标志", 0, 0, "", 0, 0, 0)).toEqual({ value: 100000 });
  });
  test("EXPLAIN writes the calculation and the clause", () => {
    expect(call("EXPLAIN", "PLEDGE_LOAN", null, 180000, null, 18, 20000, null)).toEqual({
      value: "30% × (180000.00 × 12/18 + 20000.00) = 42000.00（第（七）条）",
    });
  });
  test("an unknown item is #VALUE! with a Chinese message", () => {
    const r = call("IPAWARD", "不存在的事项", null, null, null, null, null, null);
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("无法识别支持事项");
  });
  test("CAP of an item without a cap is #N/A", () => {
    expect(call("CAP", "GI").error).toBe("#N/A");
  });
  test("APPROVE spills a column with a per-row error cell", () => {
    const out = call("APPROVE", [["甲"], ["甲"], ["甲"]], [[2026], [2026], [2026]], [["DATA_IP"], ["?"], ["DATA_IP"]], [[15000], [1], [15000]]).value as unknown[][];
    expect(out[0]).toEqual([15000]);
    expect((out[1][0] as FakeExcelError).code).toBe("#VALUE!");
    expect(out[2]).toEqual([5000]);
  });
  test("DAXIE and CREDITCODE", () => {
    expect(call("DAXIE", 100000)).toEqual({ value: "壹拾万元整" });
    expect(call("CREDITCODE", "91350100M000100Y43")).toEqual({ value: true });
  });
});

describe("what the production build writes", () => {
  test("the pages carry a Content-Security-Policy without 'unsafe-eval', first in <head>", () => {
    for (const page of ["taskpane.html", "functions.html"]) {
      const html = readFileSync(path.join(dist, page), "utf8");
      expect(html).toMatch(/<head[^>]*><meta http-equiv="?Content-Security-Policy"?/);
      expect(html).not.toContain("unsafe-eval");
    }
  });
  test("no eval-based source maps in the bundles", () => {
    for (const js of ["functions.js", "taskpane.js"]) expect(readFileSync(path.join(dist, js), "utf8")).not.toMatch(/\beval\(/);
  });
});
