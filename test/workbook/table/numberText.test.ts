/**
 * Numbers as people type them (APPLICATION-TABLE.md "Reading cells"): the parts of a typed amount, and
 * its value as a whole JS number when it is a short integer.
 */
import { amountValue, amountWhole, parseAmount } from "../../../src/workbook/table/cells/numberText";

const YUAN: Readonly<Record<string, "yuan">> = { 元: "yuan" };

describe("amountWhole: a short whole amount as a JS number", () => {
  it.each([
    ["0", false, 0],
    ["1000", false, 1000],
    ["500", true, -500],
    ["999999999999999", false, 999999999999999],
  ])("%s (negative: %s) is %d", (digits, negative, expected) => {
    expect(amountWhole({ digits, negative, unit: undefined })).toBe(expected);
  });
  it.each(["1000.5", "1000.", ".5", "1234567890123456"])("%s is not a short whole amount", (digits) => {
    expect(amountWhole({ digits, negative: false, unit: undefined })).toBeUndefined();
  });
});

describe("amountValue", () => {
  it.each([
    ["1000", false, "1000"],
    ["1000", true, "-1000"],
    ["1000.5", true, "-1000.5"],
    [".5", false, "0.5"],
    ["1234567890123456", false, "1234567890123456"],
  ])("%s (negative: %s) is %s", (digits, negative, expected) => {
    expect(amountValue({ digits, negative, unit: undefined }).toFixed()).toBe(expected);
  });
});

describe("parseAmount", () => {
  it("bare digits need no unit", () => {
    expect(parseAmount("1000", YUAN, true)).toEqual({ negative: false, digits: "1000", unit: undefined });
  });
  it("thousands separators are dropped from the digits", () => {
    expect(parseAmount("1,234,567.89元", YUAN, true)).toEqual({ negative: false, digits: "1234567.89", unit: "yuan" });
  });
  it("a currency sign only where the reader allows it", () => {
    expect(parseAmount("￥1000", YUAN, true)).toEqual({ negative: false, digits: "1000", unit: undefined });
    expect(parseAmount("￥1000", YUAN, false)).toBeNull();
  });
  it("a sign before or after the currency sign, not both", () => {
    expect(parseAmount("-￥1000", YUAN, true)).toEqual({ negative: true, digits: "1000", unit: undefined });
    expect(parseAmount("￥-1000", YUAN, true)).toEqual({ negative: true, digits: "1000", unit: undefined });
    expect(parseAmount("-￥-1000", YUAN, true)).toBeNull();
    expect(parseAmount("+￥+1000", YUAN, true)).toBeNull();
  });
  it("an accounting bracket is a minus; a minus inside it as well is not guessed", () => {
    expect(parseAmount("(1000元)", YUAN, true)).toEqual({ negative: true, digits: "1000", unit: "yuan" });
    expect(parseAmount("( 1000 )", YUAN, true)).toEqual({ negative: true, digits: "1000", unit: undefined });
    expect(parseAmount("(-1000)", YUAN, true)).toBeNull();
  });
  it("a bracket that is not closed, or not opened, is not a number", () => {
    expect(parseAmount("(1000", YUAN, true)).toBeNull();
    expect(parseAmount("1000)", YUAN, true)).toBeNull();
    expect(parseAmount("()", YUAN, true)).toBeNull();
  });
  it("a unit not in the reader's list is not a number", () => {
    expect(parseAmount("1000美元", YUAN, true)).toBeNull();
    expect(parseAmount("1000toString", YUAN, true)).toBeNull();
  });
});
