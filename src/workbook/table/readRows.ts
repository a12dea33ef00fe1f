/**
 * The table's data rows read by type, one ClaimRow each. Reading never stops at a bad cell: the cell is
 * null, its issue goes on the row, and its field is marked unreadable so later rules do not guess.
 */
import { COLUMN_BY_KEY, type CellType, type FieldKey } from "../../engine/columns";
import type { Issue } from "../../engine/issues";
import type { Money } from "../../engine/money";
import type { ClaimRow, IsoDate } from "../../engine/types";
import type { RawCell, SheetGrid, TableLayout } from "../types";
import { confusablesIn } from "../../policy/normalise";
import { columnLetters, formatCellRef } from "../xlsx/cellRef";
import { isEmptyCell, type CellRead, type ReadOptions } from "./cells/common";
import { readDate } from "./cells/date";
import { readInteger } from "./cells/integer";
import { AmountPool, readMoney } from "./cells/money";
import { readRate, type TypedRate } from "./cells/rate";
import { readIdentifier, readText } from "./cells/text";
import { readYear } from "./cells/year";

/** Fields that must hold a value on every row (a missing column is caught earlier, by findTable). */
const REQUIRED_VALUES: ReadonlySet<FieldKey> = new Set<FieldKey>(["unit", "year", "item"]);
/** Integer fields that must be above zero: a loan term of 0 months means nothing. */
const POSITIVE: ReadonlySet<FieldKey> = new Set<FieldKey>(["months"]);

/** The columns whose cached formula results are flagged when Excel would recalculate them: money and counts. */
const RECALC_TYPES: ReadonlySet<CellType> = new Set<CellType>(["money", "integer"]);

/** Shared by every row with nothing to list, so 100,000 clean rows do not make 200,000 empty sets. */
const NONE: ReadonlySet<FieldKey> = new Set<FieldKey>();
/** Likewise for the issues of a row whose cells all read: one empty list, frozen, not one per row. */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** Each field's place in the per-row value array (no map lookups in the inner loop). */
export const SLOTS = [
  "unit", "creditCode", "district", "year", "item", "level", "quantity", "base", "months", "fees", "rate", "outcome",
  "eventDate", "startDate", "ref", "personId", "claimed",
] as const satisfies readonly FieldKey[];
type SlotKey = (typeof SLOTS)[number];
const SLOT = new Map<FieldKey, number>(SLOTS.map((k, i) => [k, i]));
/** The same places written out, so reading them is a constant, not a lookup (checked against SLOTS in a test). */
export const S = {
  unit: 0, creditCode: 1, district: 2, year: 3, item: 4, level: 5, quantity: 6, base: 7, months: 8, fees: 9, rate: 10,
  outcome: 11, eventDate: 12, startDate: 13, ref: 14, personId: 15, claimed: 16,
} as const satisfies Record<SlotKey, number>;

/** Columns whose number, past Excel's 15 digits, no longer names what was typed (cells/text.ts readIdentifier). */
const IDENTIFIERS: ReadonlySet<FieldKey> = new Set<FieldKey>(["creditCode", "ref", "personId"]);

interface ColumnPlan {
  readonly key: FieldKey;
  readonly slot: number;
  readonly index: number;
  readonly type: CellType;
  readonly required: boolean;
  readonly positive: boolean;
  readonly options: ReadOptions;
  /** Excel hides the column: a value it gives is flagged (HIDDEN_COLUMN), never taken in silence. */
  readonly hidden: boolean;
  /** A money or count column in a workbook whose cached formula results Excel would recalculate. */
  readonly recalc: boolean;
  /** A code or number that names one thing (credit code, reference, person ID): read by readIdentifier. */
  readonly identifier: boolean;
}

type Value = string | number | Money | TypedRate | null;

export function readRows(grid: SheetGrid, layout: TableLayout, file: number): ClaimRow[] {
  const date1904 = grid.date1904 === true;
  // The Money of each distinct amount of this table, made once and shared by its rows.
  const amounts = new AmountPool();
  const plan: ColumnPlan[] = [];
  for (const [key, col] of layout.columns) {
    const slot = SLOT.get(key);
    if (slot === undefined) continue; // 序号 is the applicant's numbering, not a field of the claim
    plan.push({
      key,
      slot,
      index: col.index,
      type: COLUMN_BY_KEY.get(key)!.type,
      required: REQUIRED_VALUES.has(key),
      positive: POSITIVE.has(key),
      options: { date1904, tenThousand: col.tenThousand, amounts },
      hidden: col.hidden === true,
      recalc: grid.formulasUntrusted !== undefined && RECALC_TYPES.has(COLUMN_BY_KEY.get(key)!.type),
      identifier: IDENTIFIERS.has(key),
    });
  }
  const fill = mergedFill(grid, layout, plan);
  // The fields this table has no column for, one set for all its rows: their messages say so (ClaimRow.absent).
  const absent = absentFields(layout);
  // Decision 22: rows that go on below an Excel table's range are checked, and the first of them says so.
  const lastRow = layout.dataRows.length > 0 ? layout.dataRows[layout.dataRows.length - 1]! : 0;
  const pastTable = layout.tableEnd !== undefined ? layout.dataRows.findIndex((r) => r > layout.tableEnd!) : -1;
  const out: ClaimRow[] = new Array(layout.dataRows.length);
  const values: Value[] = new Array<Value>(SLOTS.length);
  /** The 分 of each money slot holding a value (read only where its value is not null). */
  const cents: number[] = new Array<number>(SLOTS.length).fill(0);

  for (let i = 0; i < layout.dataRows.length; i++) {
    const row = layout.dataRows[i];
    const cells = grid.rows.get(row);
    values.fill(null);
    let issues: Issue[] | undefined;
    if (i === pastTable) {
      issues = [{ code: "TABLE_RANGE_SHORT", table: layout.tableName ?? "", endRow: layout.tableEnd!, lastRow }];
    }
    // A row Excel hides is checked and counted like any other, and says so (the copy shows it again).
    if (grid.hiddenRows?.has(row)) (issues ??= []).push({ code: "HIDDEN_ROW", row });
    let unreadable: Set<FieldKey> | undefined;
    let fromFormula: Set<FieldKey> | undefined;

    for (const col of plan) {
      let cell: RawCell | undefined = cells?.[col.index];
      if (fill !== undefined && isEmptyCell(cell)) cell = fill.get(row * FILL_STRIDE + col.index) ?? cell;
      if (cell !== undefined && cell.t !== "bad" && cell.formula === true) (fromFormula ??= new Set()).add(col.key);

      let value: Value = null;
      let issue: Issue | undefined;
      if (col.type === "text") {
        if (cell !== undefined && cell.t === "s") {
          // The common case inline: typed text, trimmed.
          const t = cell.v.trim();
          if (t !== "") value = t;
        } else {
          const text = col.identifier ? readIdentifier(cell, date1904) : readText(cell, date1904);
          if (text !== null) {
            if (text.ok) value = text.value;
            else if (col.key === "creditCode" && text.fault?.fault === "digits-lost") {
              // Not a code, yet a credit code that is no code is a warning and the unit goes by its name
              // (decision 11): never the truncated digits, which may pass the check and name another unit.
              (unreadable ??= new Set()).add(col.key);
              issue = { code: "BAD_CREDIT_CODE", field: "creditCode", found: text.found, problem: "digits-lost" };
            }
            else {
              // An error value (#N/A) is no text: the field is unreadable, and said so in any column,
              // required or not, so no cell is dropped in silence.
              (unreadable ??= new Set()).add(col.key);
              issue = text.fault ? { code: "MISSING_VALUE", field: col.key, found: text.found, fault: text.fault } : { code: "MISSING_VALUE", field: col.key, found: text.found };
            }
          }
        }
        if (value === null && col.required && issue === undefined) issue = { code: "MISSING_VALUE", field: col.key };
      } else if (col.type === "money") {
        const read = readMoney(cell, col.key, col.options);
        if (read === null) {
          if (col.required) issue = { code: "MISSING_VALUE", field: col.key };
        } else if (read.ok) {
          value = read.value;
          cents[col.slot] = read.cents;
        } else {
          issue = read.issue;
          (unreadable ??= new Set()).add(col.key);
        }
      } else {
        const read = readTyped(cell, col);
        if (read === null) {
          if (col.required) issue = { code: "MISSING_VALUE", field: col.key };
        } else if (read.ok) value = read.value;
        else {
          issue = read.issue;
          (unreadable ??= new Set()).add(col.key);
        }
      }
      if (issue !== undefined) (issues ??= []).push(issue);
      if (typeof value === "string" && (col.key === "ref" || col.key === "personId")) {
        const chars = confusablesIn(value);
        if (chars.length > 0) (issues ??= []).push({ code: "CONFUSABLE_TEXT", field: col.key, chars });
      }
      if (value !== null && col.hidden) (issues ??= []).push({ code: "HIDDEN_COLUMN", field: col.key, column: columnLetters(col.index) });
      if (value !== null && col.recalc && cell !== undefined && cell.t !== "bad" && cell.formula === true) {
        (issues ??= []).push({ code: "FORMULA_RECALC", field: col.key, cell: formatCellRef(row, col.index), why: grid.formulasUntrusted! });
      }
      values[col.slot] = value;
    }

    const base = values[S.base] as Money | null;
    const fees = values[S.fees] as Money | null;
    const claimed = values[S.claimed] as Money | null;
    out[i] = {
      ref: { file, row },
      unit: values[S.unit] as string | null,
      creditCode: values[S.creditCode] as string | null,
      district: values[S.district] as string | null,
      year: values[S.year] as number | null,
      item: values[S.item] as string | null,
      level: values[S.level] as string | null,
      quantity: values[S.quantity] as number | null,
      base,
      months: values[S.months] as number | null,
      fees,
      rate: (values[S.rate] as TypedRate | null)?.rate ?? null,
      ratePercent: (values[S.rate] as TypedRate | null)?.percentTyped === true,
      outcome: values[S.outcome] as string | null,
      eventDate: values[S.eventDate] as IsoDate | null,
      startDate: values[S.startDate] as IsoDate | null,
      refNo: values[S.ref] as string | null,
      personId: values[S.personId] as string | null,
      claimed,
      // Read money has at most two places and stays below 10^13 元 (cells/money.ts), so its 分 are a safe
      // integer, read with it: handed over as such, the check counts with them and reads no Decimal.
      claimedCents: claimed === null ? null : cents[S.claimed]!,
      baseCents: base === null ? null : cents[S.base]!,
      feesCents: fees === null ? null : cents[S.fees]!,
      cellIssues: issues ?? NO_ISSUES,
      unreadable: unreadable ?? NONE,
      fromFormula: fromFormula ?? NONE,
      absent,
    };
  }
  return out;
}

/** The fields of a claim the table has no column for (NONE where it has one for each). */
function absentFields(layout: TableLayout): ReadonlySet<FieldKey> {
  const absent = SLOTS.filter((key) => !layout.columns.has(key));
  return absent.length > 0 ? new Set<FieldKey>(absent) : NONE;
}

function readTyped(cell: RawCell | undefined, col: ColumnPlan): CellRead<Value> {
  switch (col.type) {
    case "integer":
      return readInteger(cell, col.key, col.positive, col.options);
    case "year":
      return readYear(cell, col.options);
    case "date":
      return readDate(cell, col.key, col.options);
    case "rate":
      return readRate(cell, col.key, col.options);
    default:
      return null;
  }
}

/** Keys of the merged-fill map: row × stride + column (Excel has at most 16,384 columns). */
const FILL_STRIDE = 16384;

/**
 * A value merged down over several rows belongs to each of them. Only merges that start below the header
 * count (a header merged down is not data): on a claim row, or on a row that is none, such as a section
 * title (赣榆区) merged down beside the claims under it. Only down the merge's first column: a cell merged
 * across columns belongs to the column it was typed in.
 */
function mergedFill(grid: SheetGrid, layout: TableLayout, plan: readonly ColumnPlan[]): Map<number, RawCell> | undefined {
  if (grid.merges.length === 0 || layout.dataRows.length === 0) return undefined;
  const headerEnd = layout.secondHeaderRow ?? layout.headerRow;
  const last = layout.dataRows[layout.dataRows.length - 1];
  const mapped = new Set(plan.map((c) => c.index));
  let fill: Map<number, RawCell> | undefined;
  for (const m of grid.merges) {
    if (m.bottom <= m.top || m.top <= headerEnd || m.top > last || !mapped.has(m.left)) continue;
    const source = grid.rows.get(m.top)?.[m.left];
    if (source === undefined || isEmptyCell(source)) continue;
    fill ??= new Map();
    for (let r = m.top + 1; r <= Math.min(m.bottom, last); r++) fill.set(r * FILL_STRIDE + m.left, source);
  }
  return fill;
}
