/**
 * DAXIE: an amount in 人民币大写 (壹拾万元整), written by the same routine the annotated workbook's summary
 * uses (src/output/rmb.ts, over nzh). This file only reads the argument: an amount the 大写
 * cannot show exactly (negative, below the 分, or too large for Excel to hold its 分) is refused rather than rounded.
 */
import { moneyTooLarge } from "../engine";
import { toChineseMoney } from "../output";
import { excelDecimal, isBlank, type CellArg } from "./args";
import { invalid, success, type FnResult } from "./result";

export function daxie(amount: CellArg): FnResult<string> {
  // An empty cell is 0 on desktop and null on the web; both read as 零元整, as =A1 shows 0 for an empty A1.
  const value = isBlank(amount) ? 0 : amount;
  if (typeof value !== "number" || !Number.isFinite(value)) return invalid(`金额「${String(value)}」不是数字，无法转换为大写`);
  const money = excelDecimal(value);
  if (money.isNegative() && !money.isZero()) return invalid(`金额「${String(value)}」为负数；大写金额只用于不小于 0 的金额`);
  // Excel's 15 significant digits hold an amount to the 分 only below 10^13 元: 10000000000000.01 arrives as
  // 10000000000000.0, and its 分 would be dropped without a word.
  if (moneyTooLarge(money)) return invalid(`金额「${String(value)}」过大（不小于 10 万亿元）；Excel 的 15 位有效数字不能精确到分`);
  if (money.decimalPlaces() > 2) {
    return invalid(`金额「${String(value)}」有两位以上小数（不足 1 分）；请先用 ROUND(金额, 2) 精确到分`);
  }
  return success(toChineseMoney(money.abs()));
}
