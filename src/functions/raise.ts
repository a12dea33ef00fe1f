/**
 * The one place that meets Excel's CustomFunctions global: a failure becomes CustomFunctions.Error,
 * #VALUE! for bad input and #N/A for a value that does not exist, with the Chinese message Excel shows
 * in the cell's error flag.
 */
import type { FnFailure, FnResult } from "./result";

export function toExcelError(failure: FnFailure): CustomFunctions.Error {
  const code = failure.error === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, failure.message);
}

/** The value, or throw the error Excel shows in the cell. */
export function unwrap<T>(result: FnResult<T>): T {
  if (result.ok) return result.value;
  throw toExcelError(result);
}
