/**
 * Office.js cell data → RawCell / SheetGrid (src/workbook/types.ts), so the table reader and the engine see
 * the same cells whether the workbook came from a file or from a live Excel.
 */
import { isTenThousandFormatCode, isYearOnlyFormatCode, paddedFormatOf, type PaddedFormat, type RawCell, type SheetGrid } from "../../workbook";
import { parseAddress } from "./address";

/** What one sync loads for a used range. */
export interface LoadedRange {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}

/**
 * A number format shows a date or time when, outside quoted text, escapes and [bracketed] colour or locale
 * codes, it holds a y/m/d/h/s token ("yyyy\"年\"m\"月\"d\"日\"" is a date, "#,##0.00" is not).
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || /^general$/i.test(format)) return false;
  const section = format.split(";")[0];
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  return /[ymdhs]/i.test(bare.replace(/general/gi, ""));
}

/** What a number's format shows of it, as the xlsx reader tells it (src/workbook/xlsx/styles.ts). */
function dateOf(format: unknown): { date?: true; yearOnly?: true; tenThousand?: true; padded?: PaddedFormat } {
  if (!isDateFormat(format)) {
    if (typeof format !== "string") return {};
    if (isTenThousandFormatCode(format)) return { tenThousand: true };
    const padded = paddedFormatOf(format);
    return padded === null ? {} : { padded };
  }
  return typeof format === "string" && isYearOnlyFormatCode(format) ? { date: true, yearOnly: true } : { date: true };
}

export function toRawCell(value: unknown, valueType: string, numberFormat: unknown, formula: unknown): RawCell | undefined {
  const isFormula = typeof formula === "string" && formula.startsWith("=");
  const f = isFormula ? { formula: true as const } : {};
  switch (valueType) {
    case "Empty":
      return undefined;
    case "Integer":
    case "Double":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        return { t: "bad", fault: { fault: "unreadable-value", found: String(value) } };
      }
      return { t: "n", v: String(value), ...dateOf(numberFormat), ...f };
    case "Boolean":
      return { t: "b", v: value === true, ...f };
    case "Error":
      return { t: "e", v: String(value), ...f };
    case "String":
      if (value === "") return undefined;
      return { t: "s", v: String(value), ...f };
    default:
      // Rich values (images, linked data types) and unknown kinds have no reading as a table cell.
      if (value === "" || value === null || value === undefined) return undefined;
      return { t: "bad", fault: { fault: "unreadable-value", found: String(valueType) } };
  }
}

/** One worksheet's used range as a SheetGrid; `loaded` is null when the sheet is empty. */
export function gridFromRange(sheet: string, loaded: LoadedRange | null): SheetGrid {
  const rows = new Map<number, (RawCell | undefined)[]>();
  let maxRow = 0;
  let maxCol = -1;
  if (loaded) {
    const { range } = parseAddress(loaded.address);
    loaded.values.forEach((line, i) => {
      const row = range.top + i;
      const cells: (RawCell | undefined)[] = [];
      line.forEach((value, j) => {
        const cell = toRawCell(value, loaded.valueTypes[i][j], loaded.numberFormat[i][j], loaded.formulas[i][j]);
        if (!cell) return;
        const col = range.left + j;
        cells[col] = cell;
        maxRow = Math.max(maxRow, row);
        maxCol = Math.max(maxCol, col);
      });
      if (cells.length > 0) rows.set(row, cells);
    });
  }
  return { name: sheet, rows, maxRow, maxCol: Math.max(maxCol, 0), merges: [] };
}
