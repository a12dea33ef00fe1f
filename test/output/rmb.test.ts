import { m } from "./fixtures";
import { toChineseMoney } from "../../src/output/rmb";

// The convention of Chinese financial documents: 整 after an amount ending at 元; 零 where 角 is zero before
// a 分; nothing after 分.
describe("toChineseMoney: 人民币大写", () => {
  it.each([
    ["100000", "壹拾万元整"],
    ["100000.00", "壹拾万元整"],
    ["42000.00", "肆万贰仟元整"],
    ["100010.00", "壹拾万零壹拾元整"],
    ["1234.56", "壹仟贰佰叁拾肆元伍角陆分"],
    ["100000.05", "壹拾万元零伍分"],
    ["1010.01", "壹仟零壹拾元零壹分"],
    ["20000.10", "贰万元壹角"],
    ["100000000.00", "壹亿元整"],
    ["0", "零元整"],
  ])("%s → %s", (amount, words) => {
    expect(toChineseMoney(m(amount))).toBe(words);
  });

  it("rounds to the 分 half-up first", () => {
    expect(toChineseMoney(m("0.005"))).toBe("壹分");
  });
});
