/**
 * The built custom functions bundle, run as Excel's JavaScript-only runtime runs it: no DOM and no Node,
 * only a CustomFunctions global. Every function the generated functions.json declares must be registered
 * under its id with a matching parameter count, and answer through that registration.
 */
import { readFileSync } from "fs";
import path from "path";
import vm from "vm";
import { TEST_ADDIN_URL, addinBuild } from "../support/built";
import { fakeCustomFunctions, FakeExcelError } from "./excelRuntime";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Metadata {
  functions: {
    id: string; name: string; description: string; helpUrl?: string; parameters: Parameter[];
    result?: { type?: string; dimensionality?: string };
  }[];
}

let dist: string;
let metadata: Metadata;
let zhCN: Metadata;
const registered = new Map<string, (...args: unknown[]) => unknown>();

beforeAll(() => {
  dist = addinBuild();
  metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8"));
  zhCN = JSON.parse(readFileSync(path.join(dist, "functions.zh-CN.json"), "utf8"));
  // A bare context: anything the bundle took from a browser or from Node would be a ReferenceError here.
  const context = vm.createContext({ CustomFunctions: fakeCustomFunctions(registered) });
  vm.runInContext(readFileSync(path.join(dist, "functions.js"), "utf8"), context, { filename: "functions.js" });
}, 300_000);

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
  // Microsoft's "Custom functions naming and localization": the id stays, the name and parameters are localized.
  test("has exactly the ids, parameter counts, types, dimensionality and optionality of the generated metadata", () => {
    const shape = (m: Metadata) => m.functions.map((f) => ({
      id: f.id, result: f.result, helpUrl: f.helpUrl,
      parameters: f.parameters.map((p) => [p.type ?? "any", p.dimensionality ?? "scalar", !!p.optional]),
    }));
    expect(shape(zhCN)).toEqual(shape(metadata));
  });
  test("Chinese Excel shows Chinese function names under the LYGIP namespace: LYGIP.资助金额 … LYGIP.信用代码", () => {
    const names = Object.fromEntries(zhCN.functions.map((f) => [f.id, f.name]));
    expect(names).toEqual({
      IPAWARD: "资助金额", LOANSUBSIDY: "贴息金额", EXPLAIN: "计算说明", CLAUSE: "所属条款", CAP: "年度上限",
      APPROVE: "核定金额", DAXIE: "金额大写", CREDITCODE: "信用代码",
    });
  });
  test("every Chinese name is one Excel takes: a letter first, letters only, at least three characters, none twice", () => {
    const names = zhCN.functions.map((f) => f.name);
    for (const n of names) expect(n).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
    expect(new Set(names).size).toBe(names.length);
  });
  test("parameters have Chinese names in the template's words, in the template's column order", () => {
    const params = (id: string) => zhCN.functions.find((f) => f.id === id)!.parameters.map((p) => p.name);
    expect(params("IPAWARD")).toEqual(["支持事项", "级别", "数量", "计算基数", "贷款期限", "服务费", "补助比例"]);
    expect(params("EXPLAIN")).toEqual(params("IPAWARD"));
    expect(params("LOANSUBSIDY")).toEqual(["贷款利息", "贷款期限", "服务费", "补助比例"]);
    expect(params("APPROVE")).toEqual(["申报表", "结果列"]);
  });
  test("every description and parameter help is Chinese", () => {
    const han = /[\u4e00-\u9fff]/;
    for (const fn of zhCN.functions) {
      expect(fn.description).toMatch(han);
      for (const p of fn.parameters) expect({ fn: fn.id, p: p.name, text: p.description }).toEqual({ fn: fn.id, p: p.name, text: expect.stringMatching(han) });
    }
  });
  test("the default metadata is English, with the ASCII names the ids have", () => {
    for (const fn of metadata.functions) {
      expect(fn.description).toMatch(/^[A-Z#a-z]/);
      expect(fn.name).toBe(fn.id);
      for (const p of fn.parameters) expect(p.name).toMatch(/^[a-z]+$/);
    }
  });
});

describe("help links", () => {
  test("every function has a helpUrl to its README section on the build's host, and the README has that anchor", () => {
    const readme = readFileSync(path.join(dist, "README.md"), "utf8");
    for (const fn of metadata.functions) {
      const anchor = `lygip-${fn.id.toLowerCase()}`;
      expect(fn.helpUrl).toBe(`${TEST_ADDIN_URL}README.md#${anchor}`);
      expect(readme).toContain(`<a id="${anchor}"></a>`);
    }
  });
});

describe("calls through the registration", () => {
  test("IPAWARD: the pledge-loan worked example, 42,000", () => {
    expect(call("IPAWARD", "PLEDGE_LOAN", null, null, 180000, 18, 20000, null)).toEqual({ value: 42000 });
  });
  test("IPAWARD with desktop blanks (0) for the optional arguments", () => {
    expect(call("IPAWARD", "知识产权运营中心", "国家级", 0, 0, 0, 0, 0)).toEqual({ value: 200000 });
  });
  test("EXPLAIN writes the calculation and the clause", () => {
    expect(call("EXPLAIN", "PLEDGE_LOAN", null, null, 180000, 18, 20000, null)).toEqual({
      value: "利息最多计 12 个月：贷款利息 180,000.00 元 × 12/18 = 120,000.00 元；(120,000.00 元 + 评估等服务费 20,000.00 元) × 30% = 42,000.00 元（第（七）条）",
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
  test("APPROVE over a table spills the heading, then each row's approvable amount (running cap of （三）)", () => {
    const table = [
      ["单位名称", "申报年度", "支持事项", "数量", "申请金额（元）"],
      ["甲", 2026, "DATA_IP", 15, 15000],
      ["甲", 2026, "数据登记费", 1, 1000],
      ["甲", 2026, "DATA_IP", 15, 15000],
    ];
    expect(call("APPROVE", table).value).toEqual([["可核定金额（元）"], [15000], [0], [5000]]);
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
