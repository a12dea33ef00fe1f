/**
 * The custom functions agree with the command line on the same rows (issue 9, property): a clerk who
 * types =LYGIP.IPAWARD beside a row, or =LYGIP.APPROVE over the table, sees what `lygip check` reports for
 * that row — IPAWARD and LOANSUBSIDY its eligible amount, APPROVE the batch's approvable amounts in order.
 * Random rows are written into a real workbook and checked through the command line's JSON; the functions
 * get the same values as Excel passes them.
 */
import { join } from "node:path";
import fc from "fast-check";
import { approveRows, ipaward, loansubsidy } from "../../src/functions/functions";
import { ITEMS, type Item } from "../../src/policy";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook, type CellInput, type RowSpec } from "../support/workbooks";
import { cell, installFakeRuntime } from "./excelRuntime";

beforeAll(installFakeRuntime);

const COLUMNS = [...HEADERS, "补助比例"];
const AMOUNT_FIELDS = new Set(["支持事项", "级别", "数量", "计算基数（元）", "贷款期限（月）", "评估等服务费（元）", "补助比例"]);
const FUNDED = ITEMS.filter((i) => i.rule.kind !== "none");

interface Inputs {
  item: Item;
  level: string | null;
  quantity: number | null;
  base: number | null;
  months: number | null;
  fees: number | null;
  rate: number | null;
}

const money = fc.option(fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100), { nil: null });
const inputs: fc.Arbitrary<Inputs> = fc.record({
  item: fc.constantFrom(...FUNDED),
  level: fc.option(fc.constantFrom("国家级", "省级", "市级", "示范企业", "优势企业", "中级", "高级", "正高级"), { nil: null }),
  quantity: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  base: money,
  months: fc.option(fc.integer({ min: 1, max: 36 }), { nil: null }),
  fees: money,
  // A rate typed as 25 is 25% in the column and in the function alike (decision 28).
  rate: fc.option(fc.constantFrom(0.1, 0.2, 0.25, 0.3, 0.5, 10, 25, 30), { nil: null }),
}).map((v) => ({
  ...v,
  level: v.item.levels?.length ? v.level : null,
  // A typed 0 stays 0 in the workbook: where an item is not counted (one project, one unit), the function
  // and the check both read it as a blank (README "空参数与 0"), so no input is set aside here.
}));

let dir: string;
let n = 0;
beforeAll(() => {
  dir = tempDir();
});

/** The rows written into one workbook and checked with `lygip check --json`: each row's JSON, in order. */
async function checkRows(rows: RowSpec[]): Promise<{ eligible: string; approvable: string; messages: { severity: string; column: string | null }[] }[]> {
  const file = await writeWorkbook(join(dir, `batch${++n}.xlsx`), [{ headers: COLUMNS, rows: rows.map((r) => row(r, COLUMNS)) }]);
  const r = await lygip("check", file, "--json", "--no-write");
  return JSON.parse(r.stdout).files[0].rows;
}

const rowOf = (v: Inputs, unit: string): RowSpec => ({
  单位名称: unit, 申报年度: 2026, 事项日期: "2026-03-01", 支持事项: v.item.code, 级别: v.level, 数量: v.quantity,
  "计算基数（元）": v.base, "贷款期限（月）": v.months, "评估等服务费（元）": v.fees, 补助比例: v.rate,
} as RowSpec);

// What Excel passes for an empty cell in an optional argument on the web.
const arg = <T>(v: T | null) => v as T;

describe("IPAWARD and LOANSUBSIDY: a row's eligible amount", () => {
  test("for random rows, IPAWARD equals the row's eligible amount in lygip check, or both refuse the row's amount inputs", async () => {
    await fc.assert(fc.asyncProperty(fc.array(inputs, { minLength: 5, maxLength: 25 }), async (rows) => {
      // Each row its own unit, so no rule across rows touches another row.
      const checked = await checkRows(rows.map((v, i) => rowOf(v, `单位${i}`)));
      rows.forEach((v, i) => {
        const r = cell(() => ipaward(v.item.code, arg(v.level), arg(v.quantity), arg(v.base), arg(v.months), arg(v.fees), arg(v.rate)));
        const amountError = checked[i].messages.some((m) => m.severity === "error" && m.column !== null && AMOUNT_FIELDS.has(m.column));
        const anyError = checked[i].messages.some((m) => m.severity === "error");
        if (r.error) expect({ row: v, amountError }).toEqual({ row: v, amountError: true });
        else if (!anyError) expect({ row: v, eligible: r.value }).toEqual({ row: v, eligible: Number(checked[i].eligible) });
      });
    }), { numRuns: 12 });
  }, 120_000);

  test("for random pledge loans, LOANSUBSIDY equals the row's eligible amount in lygip check", async () => {
    const loan = ITEMS.find((i) => i.code === "PLEDGE_LOAN")!;
    await fc.assert(fc.asyncProperty(fc.array(inputs.map((v) => ({ ...v, item: loan, level: null, quantity: null })), { minLength: 1, maxLength: 25 }), async (rows) => {
      const checked = await checkRows(rows.map((v, i) => rowOf(v, `单位${i}`)));
      rows.forEach((v, i) => {
        const r = cell(() => loansubsidy(arg(v.base) as number, arg(v.months) as number, arg(v.fees), arg(v.rate)));
        if (checked[i].messages.some((m) => m.severity === "error")) expect(r.error ?? "no error").toBe("#VALUE!");
        else expect({ row: v, subsidy: r.value }).toEqual({ row: v, subsidy: Number(checked[i].eligible) });
      });
    }), { numRuns: 8 });
  }, 120_000);
});

describe("IPAWARD: every word an item is known by reads as lygip check reads it (decision 28)", () => {
  // The item typed as a clerk types it: its name, its English name or an alias, the 级别 left blank so the
  // words may name the level (decision 24: 高级知识产权师, 优势企业); the amounts any rule needs.
  const words = FUNDED.flatMap((item) => [item.name, item.nameEn, ...item.aliases].map((word) => ({ item, word })));
  const inputsOf = (word: string) => ({ word, quantity: 23, base: 123456.78, months: 18, fees: 5000.5 });

  test("IPAWARD equals the row's eligible amount, or both refuse the row's amount inputs", async () => {
    const checked = await checkRows(words.map(({ word }, i) => ({
      单位名称: `单位${i}`, 申报年度: 2026, 事项日期: "2026-03-01", 支持事项: word, 数量: 23,
      "计算基数（元）": 123456.78, "贷款期限（月）": 18, "评估等服务费（元）": 5000.5,
    } as RowSpec)));
    const seen = words.map(({ item, word }, i) => {
      const v = inputsOf(word);
      const r = cell(() => ipaward(v.word, arg<never>(null), v.quantity, v.base, v.months, v.fees, arg<never>(null)));
      const errors = checked[i].messages.filter((m) => m.severity === "error");
      const refused = errors.some((m) => m.column !== null && AMOUNT_FIELDS.has(m.column));
      return { code: item.code, word, ipaward: r.error ?? r.value, check: refused ? "#VALUE!" : errors.length ? "error" : Number(checked[i].eligible) };
    });
    expect(seen.filter((x) => x.check !== "error")).toEqual(seen.filter((x) => x.check !== "error").map((x) => ({ ...x, ipaward: x.check })));
  }, 120_000);
});

describe("a blank argument and 0 behave as the README says, in the functions and the check alike", () => {
  const GI = ITEMS.find((i) => i.code === "GI")!;
  const DATA_IP = ITEMS.find((i) => i.code === "DATA_IP")!;
  const OPS_CENTER = ITEMS.find((i) => i.code === "OPS_CENTER")!;
  const none: Omit<Inputs, "item" | "quantity"> = { level: null, base: null, months: null, fees: null, rate: null };

  test("quantity 0 on an item paid per piece (GI 每项) is no pieces: 0 in IPAWARD and in lygip check; blank is one piece", async () => {
    const [typed0, blank] = await checkRows([rowOf({ ...none, item: GI, quantity: 0 }, "甲"), rowOf({ ...none, item: GI, quantity: null }, "乙")]);
    expect(cell(() => ipaward("GI", arg<never>(null), 0))).toEqual({ value: 0 });
    expect(cell(() => ipaward("GI", arg<never>(null), arg<never>(null)))).toEqual({ value: 100000 });
    expect([typed0.eligible, blank.eligible]).toEqual(["0.00", "100000.00"]);
  });

  test("quantity 0 on an item paid once per unit (OPS_CENTER) is read as blank: one award in IPAWARD and in lygip check, which warns", async () => {
    const [typed0] = await checkRows([rowOf({ ...none, item: OPS_CENTER, level: "国家级", quantity: 0 }, "丁")]);
    expect(cell(() => ipaward("OPS_CENTER", "国家级", 0))).toEqual({ value: 200000 });
    expect(typed0.eligible).toBe("200000.00");
    expect((typed0 as unknown as { messages: { code: string }[] }).messages.map((m) => m.code)).toContain("QUANTITY_IGNORED");
  });

  test("quantity 0 on a counted item (DATA_IP certificates) is a count: 0 in both", async () => {
    const [r] = await checkRows([rowOf({ ...none, item: DATA_IP, quantity: 0 }, "丙")]);
    expect(cell(() => ipaward("DATA_IP", arg<never>(null), 0))).toEqual({ value: 0 });
    expect(r.eligible).toBe("0.00");
  });
});

describe("APPROVE: the batch's approvable amounts in order", () => {
  test("for random batches of a few units sharing caps, years and items, APPROVE over the table equals lygip check row by row", async () => {
    const batchRow = fc.record({
      v: inputs,
      unit: fc.constantFrom("甲公司", "乙公司", "甲公司 "),
      year: fc.constantFrom(2025, 2026),
      ref: fc.option(fc.constantFrom("ZL001", "ZL002"), { nil: null }),
      claim: money,
    });
    await fc.assert(fc.asyncProperty(fc.array(batchRow, { minLength: 1, maxLength: 30 }), async (rows) => {
      const specs = rows.map(({ v, unit, year, ref, claim }) => ({
        ...rowOf(v, unit), 申报年度: year, "证书/合同/案件编号": ref, "申请金额（元）": claim,
      } as RowSpec));
      const checked = await checkRows(specs);
      const values: CellInput[][] = [COLUMNS, ...specs.map((s) => row(s, COLUMNS))];
      const out = approveRows(values as never[][]);
      expect(out[0]).toEqual(["可核定金额（元）"]);
      expect(out.slice(1).map(([x]) => x)).toEqual(checked.map((r) => Number(r.approvable)));
    }), { numRuns: 12 });
  }, 120_000);
});
