/**
 * DAXIE: an amount in 人民币大写 as written on Chinese financial documents (壹拾万元整), by nzh.
 * Amounts to the 元 or 角 end in 整; amounts with 分 do not.
 */
import nzhcn from "nzh/cn";
import { excelDecimal, isBlank, type CellArg } from "./args";
import { invalid, success, type FnResult } from "./result";

export function daxie(amount: CellArg): FnResult<string> {
  // An empty cell is 0 on desktop and null on the web; both read as 零元整, as =A1 shows 0 for an empty A1.
  const value = isBlank(amount) ? 0 : amount;
  if (typeof value !== "number" || !Number.isFinite(value)) return invalid(`金额「${String(value)}」不是数字，无法转换为大写`);
  const money = excelDecimal(value);
  if (money.isNegative() && !money.isZero()) return invalid(`金额「${String(value)}」为负数；大写金额只用于不小于 0 的金额`);
  if (money.decimalPlaces() > 2) {
    return invalid(`金额「${String(value)}」有两位以上小数（不足 1 分）；请先用 ROUND(金额, 2) 精确到分`);
  }
  // nzh converts the decimal string digit by digit: no binary floating point on the way.
  return success(nzhcn.toMoney(money.abs().toFixed(), { outSymbol: false, forceZheng: true }));
}
