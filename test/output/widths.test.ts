/**
 * Column widths measured in one pass, numbers without formatting them: the same widths as measuring every
 * value's text as the sheet shows it (the definitions below), on values at the edges of the rules.
 */
import { MAX_WIDTH, displayWidth, fitWidth, planSheetWidths, resultColumnWidths, shownNumber, wrappedLines } from "../../src/output/widths";
import type { PlanSheet, PlanValue } from "../../src/output/types";
import { isWide } from "../../src/output/eastAsianWidth";

/** The definitions: every value formatted and measured code point by code point. */
const wide = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
const referenceWidth = (text: string) => [...text].reduce((w, ch) => w + (wide(ch.codePointAt(0)!) ? 2 : 1), 0);
const referenceFit = (values: PlanValue[], money: boolean, max: number) => {
  const widest = Math.max(0, ...values.map((v) => (v === null ? 0 : referenceWidth(typeof v === "number" ? shownNumber(v, money) : v))));
  return Math.min(max, Math.max(6, widest + 3));
};

const numbers = [0, -0, 0.005, -0.004, 1, 12, 123, 999.995, 1000, -1000, 123456.78, 9999999.999, -1234567.891, 1e15, 1e20, 1e21, -2.5e-7, 0.1 + 0.2];
const texts = ["", "abc", "申报表", "（七）", "１２", "𠀀𠀁", "a\uD800b", "\uDC00", "한글", "ｶﾀｶﾅ", "x".repeat(80), "说".repeat(40)];

test("a text's width counts wide characters, pairs and lone surrogates as the definition does", () => {
  for (const t of texts) expect(displayWidth(t)).toBe(referenceWidth(t));
});

test("a number's width is that of the number as shown, money or not", () => {
  for (const n of numbers) {
    expect(fitWidth([n], true, Infinity)).toBe(referenceFit([n], true, Infinity));
    expect(fitWidth([n], false, Infinity)).toBe(referenceFit([n], false, Infinity));
  }
});

test("a column stops being measured at its greatest width, with the same result", () => {
  const values: PlanValue[] = ["短", "说".repeat(40), "x", null, 5];
  expect(fitWidth(values, false)).toBe(referenceFit(values, false, MAX_WIDTH));
  expect(fitWidth(values, false)).toBe(MAX_WIDTH);
});

test("result columns and our sheets get the widths of measuring every value", () => {
  const rows = numbers.map((n, i) => ({ row: i + 2, values: [texts[i % texts.length]!, n, -n, texts[(i + 3) % texts.length]!, null] as PlanValue[] }));
  const plan = { resultHeaders: ["审核结果", "可核定金额（元）", "超出金额（元）", "审核说明", "条款"], resultRows: rows, moneyColumns: [1, 2] };
  expect(resultColumnWidths(plan)).toEqual(plan.resultHeaders.map((h, i) =>
    referenceFit([h, ...rows.map((r) => r.values[i] ?? null)], i === 1 || i === 2, i === 1 || i === 2 ? Infinity : MAX_WIDTH)));

  // A column holding money in some rows measures every number in it as money, a plain number included.
  const sheet: PlanSheet = {
    name: "汇总",
    columnWidths: [8, 30],
    rows: [
      { values: ["项目", "金额", "备注"], bold: true },
      ...numbers.map((n, i) => ({ values: [texts[i % texts.length]!, n, i % 2 ? null : "注"], moneyColumns: i % 3 ? [1] : [] })),
      { values: [1234567] },
    ],
  };
  const reference = [0, 1, 2].map((i) => {
    const values = sheet.rows.map((r) => r.values[i] ?? null);
    const money = sheet.rows.some((r) => typeof r.values[i] === "number" && (r.moneyColumns ?? []).includes(i));
    return Math.max(sheet.columnWidths?.[i] ?? 6, referenceFit(values, money, money ? Infinity : MAX_WIDTH));
  });
  expect(planSheetWidths(sheet)).toEqual(reference);
});

test("a wrapping column keeps the width asked for; one that holds money is measured as if it did not wrap", () => {
  const rows = [
    { values: ["说明", "金额", "备注"], bold: true },
    ...numbers.map((n, i) => ({ values: ["说".repeat(5 + i), i % 2 ? "长长的文字".repeat(i) : n, texts[i % texts.length]!], moneyColumns: [1] })),
  ];
  const unwrapped: PlanSheet = { name: "问题清单", columnWidths: [8, 10, 6], rows };
  const wrapped: PlanSheet = { ...unwrapped, wrapColumns: [0, 1, 2] };
  const plain = planSheetWidths(unwrapped);
  expect(plain[0]).toBeGreaterThan(8);
  expect(planSheetWidths(wrapped)).toEqual([8, plain[1], 6]);
});

test("a money column of many amounts, each a column's widest in turn, gets the width of measuring every one", () => {
  // Amounts in 分 from a fixed generator at every magnitude up to 10^17 分, rising and falling, repeated runs too.
  const amounts: number[] = [];
  let x = 7;
  for (let i = 0; i < 4000; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const cents = Math.floor((x / 2147483648) * 10 ** (i % 18));
    amounts.push((i % 4 === 0 ? -cents : cents) / 100, cents / 100);
  }
  for (const size of [1, 7, 50, 400, amounts.length]) {
    for (let from = 0; from + size <= amounts.length; from += size) {
      const values = amounts.slice(from, from + size);
      const plan = {
        resultHeaders: ["审核结果", "可核定金额（元）"], moneyColumns: [1],
        resultRows: values.map((v, i) => ({ row: i + 2, values: ["通过", v] as PlanValue[] })),
      };
      const [got, want] = [resultColumnWidths(plan)[1], referenceFit(["可核定金额（元）", ...values], true, Infinity)];
      // jest's expect() only where they differ, as the plane's test below does: some 9,000 windows.
      if (got !== want) expect([from, size, got]).toEqual([from, size, want]);
    }
  }
});

/** Texts of every length up to 45 units, narrow, wide, pairs and lone surrogates mixed, in a fixed shuffled order. */
function mixedTexts(count: number): string[] {
  const pieces = ["a", "1", " ", "说", "（", "𠀀", "\uD800", "ｶ", "한"];
  const out: string[] = [];
  let x = 11;
  const next = (n: number) => ((x = (x * 1103515245 + 12345) % 2147483648), Math.floor((x / 2147483648) * n));
  for (let i = 0; i < count; i++) {
    let t = "";
    const units = next(46);
    while (t.length < units) t += pieces[next(i % 3 === 0 ? 2 : pieces.length)];
    out.push(t);
  }
  return out;
}

test("texts short enough not to be measured, and long ones, give the widths of measuring every one", () => {
  const values = mixedTexts(3000);
  for (const size of [1, 5, 40, values.length]) {
    for (let from = 0; from + size <= values.length; from += size) {
      const some = values.slice(from, from + size);
      const plan = { resultHeaders: ["审核结果"], moneyColumns: [], resultRows: some.map((v, i) => ({ row: i + 2, values: [v] })) };
      const [got, want] = [resultColumnWidths(plan)[0], referenceFit(["审核结果", ...some], false, MAX_WIDTH)];
      if (got !== want) expect([from, size, got]).toEqual([from, size, want]);
      const sheet: PlanSheet = { name: "问题清单", columnWidths: [6], rows: some.map((v) => ({ values: [v] })) };
      const [gotSheet, wantSheet] = [planSheetWidths(sheet)[0], referenceFit(some, false, MAX_WIDTH)];
      if (gotSheet !== wantSheet) expect([from, size, gotSheet]).toEqual([from, size, wantSheet]);
    }
  }
});

test("a wrapped text takes the lines of its widest-measured pieces, however short it is", () => {
  const room = (width: number) => Math.max(1, width - 3 + 1);
  for (const text of [...mixedTexts(600), "说\n".repeat(4), "a\n\n说说说说说说说说说说说说"]) {
    for (const width of [1, 4, 6, 10, 13, 24, 60]) {
      const reference = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(referenceWidth(line) / room(width))), 0);
      const lines = wrappedLines(text, width);
      if (lines !== reference) expect([text, width, lines]).toEqual([text, width, reference]);
    }
  }
});

test("every character of the Basic Multilingual Plane is as wide as the generated table says", () => {
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const w = displayWidth(String.fromCharCode(cp));
    if (w !== (isWide(cp) ? 2 : 1)) expect([cp.toString(16), w]).toEqual([cp.toString(16), isWide(cp) ? 2 : 1]);
  }
  // And in a text, after narrow and wide characters alike.
  const text = "审核：符合（七）。ab，１２〇";
  expect(displayWidth(text)).toBe([...text].reduce((w, ch) => w + (isWide(ch.codePointAt(0)!) ? 2 : 1), 0));
  expect(displayWidth(text)).toBe(28);
});
