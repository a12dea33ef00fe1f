/** What a reader refused with: its reason and detail, or undefined when it read; any other throw passes through. */
import { ReadError } from "../../src/workbook/readError";

export function readErrorOf(f: () => unknown): [string, string | undefined] | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof ReadError) return [e.reason, e.detail];
    throw e;
  }
  return undefined;
}
