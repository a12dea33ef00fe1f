/**
 * Text for a terminal (issue 10 point 11, issue 12 "80 columns"): untrusted text is shown, never obeyed,
 * and lines wrap by display width without breaking a number.
 */
import fc from "fast-check";
import { binaryUnit } from "../support/binaryUnit";
import { displayWidth, inert, wrapLine } from "../../src/cli/terminalText";
import { lygipWith } from "../support/cli";

describe("control characters are shown as escapes, never sent to the terminal", () => {
  test.each([
    ["an ANSI clear-screen sequence", "\u001b[2J\u001b[H", "\\u001B[2J\\u001B[H"],
    ["a newline that would start a forged line", "甲\n合计 0 个文件", "甲\\n合计 0 个文件"],
    ["a carriage return that would overwrite the line", "ok\r错误", "ok\\r错误"],
    ["a C1 control (8-bit CSI)", "a\u009b31mb", "a\\u009B31mb"],
    ["DEL", "a\u007fb", "a\\u007Fb"],
    ["a bidi override (Trojan Source)", "abc\u202edcba", "abc\\u202Edcba"],
    ["a bidi isolate", "\u2066x\u2069", "\\u2066x\\u2069"],
    ["a Unicode line separator", "a\u2028b", "a\\u2028b"],
    ["NUL and a tab", "a\u0000\tb", "a\\u0000\\tb"],
  ])("%s", (_what, raw, shown) => {
    expect(inert(raw)).toBe(shown);
  });
  test("ordinary Chinese, full-width punctuation and emoji pass unchanged", () => {
    const text = "连云港某某科技有限公司（海州区）：申请 1,234.56 元，“已核定”——✓";
    expect(inert(text)).toBe(text);
  });
  test("whatever the text, the result has no control character and no line break", () => {
    fc.assert(fc.property(fc.string({ unit: binaryUnit }), (s) => {
      expect(inert(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }));
  });
});

describe("display width by East Asian Width", () => {
  test("Han characters and full-width forms take two columns, ASCII one", () => {
    expect(displayWidth("申报表")).toBe(6);
    expect(displayWidth("abc 123")).toBe(7);
    expect(displayWidth("（七）")).toBe(6);
    expect(displayWidth("１２")).toBe(4);
    expect(displayWidth("第 3 行")).toBe(7);
  });
  test("colour sequences take no column", () => {
    expect(displayWidth("\u001b[1m粗\u001b[0m")).toBe(2);
  });
});

describe("wrapping at 80 columns", () => {
  const line = "    第 12 行 [错误] OVER_ELIGIBLE 申请金额（元）：申请金额 1,234,567.89 超过可申请金额 200,000.00；请核对计算基数 180,000.00 与贷款期限 18 个月（第（七）条）";
  test("every line fits in 80 columns and continuation lines are indented under the text", () => {
    const lines = wrapLine(line, 80);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    for (const l of lines.slice(1)) expect(l.startsWith("      ")).toBe(true);
  });
  test("no number is broken across lines, whatever the width", () => {
    for (let width = 20; width <= 80; width++) {
      const joined = wrapLine(line, width).map((l) => l.trim());
      for (const n of ["1,234,567.89", "200,000.00", "180,000.00", "OVER_ELIGIBLE"]) {
        expect({ width, n, whole: joined.some((l) => l.includes(n)) }).toEqual({ width, n, whole: true });
      }
    }
  });
  test("numbers in Chinese numerals and capitals stay whole: （第（二十一）条）, 肆佰玖拾肆万柒仟柒佰元整", () => {
    const text = "申请 5,899,700.00 元 = 可核定 4,947,700.00 元（肆佰玖拾肆万柒仟柒佰元整） + 待核实 0.00 元 + 核减 952,000.00 元，见第（二十一）条";
    for (let width = 30; width <= 80; width++) {
      const lines = wrapLine(text, width).map((l) => l.trim());
      expect({ width, ok: lines.some((l) => l.includes("肆佰玖拾肆万柒仟柒佰元整")) && lines.some((l) => l.includes("二十一")) }).toEqual({ width, ok: true });
    }
  });
  test("a clause reference 第（七）条 is never broken inside, at any width", () => {
    const text = "(120,000.00 元 + 评估等服务费 20,000.00 元) × 30% = 42,000.00 元（第（七）条）";
    for (let width = 20; width <= 80; width++) {
      const lines = wrapLine(text, width).map((l) => l.trim());
      expect({ width, whole: lines.some((l) => l.includes("（第（七）条）")) }).toEqual({ width, whole: true });
    }
  });
  test("closing punctuation never begins a line", () => {
    for (let width = 20; width <= 80; width++) {
      for (const l of wrapLine(line, width).slice(1)) expect(l.trim()[0]).not.toMatch(/[，。；：）」]/);
    }
  });
  test("for any text of Han characters, numbers and spaces: nothing lost, nothing reordered, every line fits", () => {
    const piece = fc.oneof(
      fc.constantFrom("申", "报", "表", "审", "核", "，", "（", "）", " "),
      fc.integer({ min: 0, max: 9_999_999 }).map((n) => n.toLocaleString("en-US") + ".00"),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 24, max: 100 }), (pieces, width) => {
      const text = pieces.join("");
      const lines = wrapLine(text, width, 2);
      expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
      for (const l of lines) if (displayWidth(l) > width) expect(l.trim()).not.toMatch(/\s/);
    }));
  });
});

describe("items and explain on an 80-column terminal", () => {
  const lines = (text: string) => text.split("\n").filter((l) => l !== "");
  test("lygip items: no line wider than 80 columns; a long name continues under the name, a rule under the rule", async () => {
    for (const lang of ["zh", "en"]) {
      const r = await lygipWith({ stdoutIsTTY: true, columns: 80 }, "items", "--lang", lang);
      for (const l of lines(r.stdout)) expect({ l, w: displayWidth(l) <= 80 }).toEqual({ l, w: true });
      const at = r.stdout.split("\n").findIndex((l) => l.includes("INFO_OUTLET"));
      const name = r.stdout.split("\n")[at].indexOf(lang === "zh" ? "国家知识产权" : "National");
      if (lang === "zh") expect(/^ +\S/.exec(r.stdout.split("\n")[at + 1])![0].length - 1).toBe(displayWidth(r.stdout.split("\n")[at].slice(0, name)));
    }
  });
  test("lygip items in a pipe keeps one line per item and one per rule, unwrapped, for grep", async () => {
    const r = await lygipWith({ stdoutIsTTY: false, columns: 80 }, "items");
    expect(lines(r.stdout)).toHaveLength(1 + 2 * 32);
    expect(r.stdout).toMatch(/^ {8}最高 30% × 贷款利息.*累计不超过 2 年$/m);
  });
  test("lygip explain: every line within 80 columns, continuing under its label, 第（七）条 whole", async () => {
    const r = await lygipWith({ stdoutIsTTY: true, columns: 80 }, "explain", "质押", "base=180000", "months=18", "fees=20000");
    for (const l of lines(r.stdout)) expect({ l, w: displayWidth(l) <= 80 }).toEqual({ l, w: true });
    const calc = r.stdout.split("\n").findIndex((l) => l.startsWith("计算："));
    expect(r.stdout.split("\n")[calc + 1]).toMatch(/^ {6}\S/);
    expect(r.stdout).toContain("（第（七）条）");
  });
});
