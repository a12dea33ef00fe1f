/**
 * Header text → column (APPLICATION-TABLE.md "Finding the table"). Headers match after normalising
 * (full-width to half-width, spaces removed, （） and () alike, case folded); a unit suffix such as
 * （元）, (万元) or （月） is recognised and remembered, so `申请金额（万元）` is the claimed column in 万元. A
 * form's annotation after a known header (（盖章）, （18位）, （小写）) is passed over; any other bracket is not.
 */
import { COLUMNS, RESULT_HEADER_SETS, RESULT_HEADERS, type FieldKey } from "../../engine/columns";
import { normalise } from "../../policy/normalise";

export type HeaderMatch = { readonly key: FieldKey; readonly tenThousand: boolean } | "result" | null;

/**
 * Unit suffixes a header may carry, after normalising, also as government forms write them (（单位：万元）,
 * （人民币万元）); 万元 marks a column whose numbers are 万元. A count's unit (件, 项, 人, 个) is taken on the
 * quantity column only.
 */
const UNIT_WORDS = "元|万元|月|个月|%|件|项|人|个";
const UNIT_MARK = "(?:单位:)?(?:人民币)?";
const UNIT = `${UNIT_MARK}(${UNIT_WORDS})`;
const UNIT_SUFFIX = new RegExp(String.raw`\(${UNIT}\)$`);
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

/** Whether a header gives its column's unit itself (（元）, （万元）, （件）, 申请金额（万元）（小写） …). */
export function headerHasUnit(text: string): boolean {
  const key = headerKey(text);
  if (UNIT_SUFFIX.test(key)) return true;
  for (const tail of tailsOf(key)) if (tail.unit !== undefined) return true;
  return false;
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
  const whole = withoutBrackets(key);
  if (whole !== undefined) return { key: whole, tenThousand: false };
  // A known header followed by a unit and/or annotations in brackets, peeled from the end one bracket at
  // a time: 申请金额（万元）, 单位名称（盖章）, 申请金额（小写）（万元）.
  for (const tail of tailsOf(key)) {
    const field = byHeader.get(tail.head) ?? withoutBrackets(tail.head);
    if (field === undefined) continue;
    if (tail.unit !== undefined && COUNT_UNITS.has(tail.unit) && field !== "quantity") return null;
    return { key: field, tenThousand: tail.unit === "万元" && MONEY_KEYS.has(field) };
  }
  return null;
}

/**
 * The field a header names once its brackets are read as part of its words: 所属县（区） is 所属县区. Only a
 * header that is then known word for word, so 申请金额（大写） (申请金额大写) stays unknown.
 */
function withoutBrackets(key: string): FieldKey | undefined {
  if (!key.includes("(")) return undefined;
  return byHeader.get(key.replace(BRACKETS, ""));
}
const BRACKETS = /[()]/g;

/** One bracket at the end of a header, its content. */
const LAST_BRACKET = /\(([^()]*)\)$/;
/** A unit as one part of a bracket: 元, 万元, 单位:万元, 人民币万元, 件. */
const UNIT_PART = new RegExp(`^${UNIT}$`);
/** A unit as a cell of a row of units writes it, in brackets or not; 年 too (under 申报年度). */
const UNIT_CELL = new RegExp(String.raw`^\(?${UNIT_MARK}(${UNIT_WORDS}|年)\)?$`);

/** The unit a cell of a row of units holds (万元 under 申请金额, 件 under 数量), given its headerKey; else null. */
export function unitWritten(key: string): string | null {
  const m = UNIT_CELL.exec(key);
  return m === null ? null : m[1]!;
}

/**
 * A header's one trailing unit in brackets (（元）, （单位：万元）) and the header before it; null where it ends
 * in none. What the history's approved column is read with.
 */
export function unitSuffix(key: string): { readonly head: string; readonly unit: string } | null {
  const m = UNIT_SUFFIX.exec(key);
  return m === null ? null : { head: key.slice(0, m.index), unit: m[1]! };
}
/**
 * Words in brackets that say how a form wants the cell filled, not what it holds: sealed or signed
 * (（盖章）, （签章）), the full name, required or optional, written in figures (（小写）: 申请金额（小写） is
 * the amount in digits, where 申请金额（大写） is the same amount in Chinese capitals and is not read), how
 * many characters (（18位）). Any other word in the bracket (大写, 核定, 简称 …) may say the column holds
 * something else, so the header is not read.
 */
const ANNOTATION = /^(?:加盖公章|盖公章|盖章|签章|公章|签字盖章|签字|签名|全称|必填|选填|小写|[0-9一二三四五六七八九十]+位)$/;
/** What separates parts inside one bracket: （小写，万元）. */
const PART_SEPARATOR = /[,、;]/;

/**
 * The header without each of its trailing brackets in turn, with the unit found on the way: yields
 * `申请金额(小写)` then `申请金额` (unit 万元) for `申请金额(小写)(万元)`. Stops at a bracket that holds
 * anything but units and annotations, or a second unit.
 */
function* tailsOf(key: string): Generator<{ readonly head: string; readonly unit: string | undefined }> {
  let head = key;
  let unit: string | undefined;
  for (;;) {
    const bracket = LAST_BRACKET.exec(head);
    if (bracket === null || bracket.index === 0) return;
    for (const part of bracket[1]!.split(PART_SEPARATOR)) {
      const u = UNIT_PART.exec(part);
      if (u !== null) {
        if (unit !== undefined) return;
        unit = u[1]!;
      } else if (!ANNOTATION.test(part)) return;
    }
    head = head.slice(0, bracket.index);
    yield { head, unit };
  }
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
