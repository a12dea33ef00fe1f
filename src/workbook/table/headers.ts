/**
 * Header text → column (APPLICATION-TABLE.md "Finding the table"). Headers match after normalising
 * (full-width to half-width, spaces removed, （） and () alike, case folded); a unit suffix such as
 * （元）, (万元) or （月） is recognised and remembered, so `申请金额（万元）` is the claimed column in 万元.
 */
import { COLUMNS, RESULT_HEADER_SETS, RESULT_HEADERS, type FieldKey } from "../../engine/columns";
import { normalise } from "../../policy/normalise";

export type HeaderMatch = { readonly key: FieldKey; readonly tenThousand: boolean } | "result" | null;

/**
 * Unit suffixes a header may carry, after normalising, also as government forms write them (（单位：万元）,
 * （人民币万元）); 万元 marks a column whose numbers are 万元. A count's unit (件, 项, 人, 个) is taken on the
 * quantity column only.
 */
const UNIT_SUFFIX = /\((?:单位:)?(?:人民币)?(元|万元|月|个月|%|件|项|人|个)\)$/;
const COUNT_UNITS: ReadonlySet<string> = new Set(["件", "项", "人", "个"]);
/** Marks templates put on required headers: `*单位名称`, `单位名称※`. */
const REQUIRED_MARK = /^[*※]+|[*※]+$/g;

const byHeader = new Map<string, FieldKey>();
for (const column of COLUMNS) {
  for (const header of column.headers) {
    for (const form of [normalise(header), stripUnit(normalise(header))]) {
      if (!byHeader.has(form)) byHeader.set(form, column.key);
    }
  }
}
const MONEY_KEYS = new Set<FieldKey>(COLUMNS.filter((c) => c.type === "money").map((c) => c.key));
const resultHeaders = new Set<string>(RESULT_HEADER_SETS.flat().map((h) => normalise(h)));

function stripUnit(text: string): string {
  return text.replace(UNIT_SUFFIX, "");
}

/** Whether a header gives its column's unit itself (（元）, （万元）, （件） …). */
export function headerHasUnit(text: string): boolean {
  return UNIT_SUFFIX.test(headerKey(text));
}

/** Whether a field holds money (a column of it may be in 万元). */
export function isMoneyField(key: FieldKey): boolean {
  return MONEY_KEYS.has(key);
}

/** The normalised form a header is compared in. */
export function headerKey(text: string): string {
  return normalise(text).replace(REQUIRED_MARK, "");
}

/**
 * What a header names: a column of the application table (with its 万元 flag), one of the product's own
 * result columns from an earlier run ("result"), or nothing the product knows (null).
 */
export function mapHeader(text: string): HeaderMatch {
  const key = headerKey(text);
  if (key === "") return null;
  if (resultHeaders.has(key)) return "result";
  const exact = byHeader.get(key);
  if (exact !== undefined) return { key: exact, tenThousand: false };
  const unit = UNIT_SUFFIX.exec(key);
  if (unit === null) return null;
  const field = byHeader.get(key.slice(0, unit.index));
  if (field === undefined || (COUNT_UNITS.has(unit[1]!) && field !== "quantity")) return null;
  return { key: field, tenThousand: unit[1] === "万元" && MONEY_KEYS.has(field) };
}

/** The result headers in the normalised form, in order: a re-run finds them as one contiguous run. */
export const RESULT_HEADER_KEYS: readonly string[] = RESULT_HEADERS.map((h) => normalise(h));

/** Every recognised set of result headers (the current one first, then a copy's from before the verdicts), normalised. */
const RESULT_HEADER_KEY_SETS: readonly (readonly string[])[] = RESULT_HEADER_SETS.map((set) => set.map((h) => normalise(h)));

/**
 * How many result columns of an earlier run start at `col` of a header row given as normalised keys: the
 * width of the set found there (6 now, 5 from a version before the verdicts), or 0.
 */
export function resultRunAt(keys: readonly string[], col: number): number {
  const set = RESULT_HEADER_KEY_SETS.find((k) => col + k.length <= keys.length && k.every((key, i) => keys[col + i] === key));
  return set?.length ?? 0;
}
