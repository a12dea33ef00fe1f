/** CREDITCODE: whether a 统一社会信用代码 is well formed with the right check character (GB 32100-2015). */
import { checkCreditCode } from "../engine";
import { readText, type CellArg } from "./args";
import { success, type FnResult } from "./result";

export function creditCodeValid(code: CellArg): FnResult<boolean> {
  // A code typed as a number has lost its digits beyond the 15th; it cannot be checked, so it is not valid.
  const text = typeof code === "number" ? null : readText(code);
  return success(text !== null && checkCreditCode(text).ok);
}
