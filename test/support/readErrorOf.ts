/** What a reader refused with: its reason and detail, or undefined when it read; any other throw passes through. */
import { readDetailText } from "../../src/workbook/readDetail";
import { ReadError } from "../../src/workbook/readError";

export function readErrorOf(f: () => unknown): [string, string | undefined] | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof ReadError) return [e.reason, detailOf(e)];
    throw e;
  }
  return undefined;
}

/** A refusal's detail as a Chinese message words it (undefined when it has none). */
export function detailOf(e: ReadError | undefined, lang: "zh" | "en" = "zh"): string | undefined {
  return e?.found === undefined ? undefined : readDetailText(e.found, lang);
}
