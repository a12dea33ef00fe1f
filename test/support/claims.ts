/** Builds ClaimRows for engine tests the way a reader of the table would hand them over. */
import { Decimal, type ClaimRow, type FieldKey } from "../../src/engine";

export interface ClaimSpec {
  file?: number;
  row?: number;
  unit?: string | null;
  creditCode?: string | null;
  district?: string | null;
  year?: number | null;
  item?: string | null;
  level?: string | null;
  quantity?: number | null;
  base?: string | null;
  months?: number | null;
  fees?: string | null;
  rate?: string | null;
  outcome?: string | null;
  eventDate?: string | null;
  startDate?: string | null;
  refNo?: string | null;
  personId?: string | null;
  claimed?: string | null;
  unreadable?: FieldKey[];
}

let nextRow = 2;

/** A valid code registered in 海州区 (320706); its check character computed by GB 32100-2015. */
export const DEFAULT_CREDIT_CODE = "91320706MA1XKQ8L3T";

/**
 * A row that makes 庚公司 a name seen with `code` (a GI claim of its own): two such rows with two codes make a
 * name-only row of 庚公司 one that may be either unit (decision 26).
 */
export const nameSeenWith = (code: string, row: number): ClaimSpec => ({ row, unit: "庚公司", creditCode: code, item: "GI", refNo: `GI-${row}`, claimed: "100000" });

/** A claim with sensible defaults: a unit registered in 海州区, 2026, dated inside the period. */
export function claim(spec: ClaimSpec): ClaimRow {
  const money = (v: string | null | undefined) => (v === null || v === undefined ? null : new Decimal(v));
  return {
    ref: { file: spec.file ?? 0, row: spec.row ?? nextRow++ },
    unit: spec.unit === undefined ? "连云港示例科技有限公司" : spec.unit,
    creditCode: spec.creditCode === undefined ? DEFAULT_CREDIT_CODE : spec.creditCode,
    district: spec.district ?? null,
    year: spec.year === undefined ? 2026 : spec.year,
    item: spec.item ?? null,
    level: spec.level ?? null,
    quantity: spec.quantity ?? null,
    base: money(spec.base),
    months: spec.months ?? null,
    fees: money(spec.fees),
    rate: money(spec.rate),
    outcome: spec.outcome ?? null,
    eventDate: spec.eventDate === undefined ? "2026-03-01" : spec.eventDate,
    startDate: spec.startDate ?? null,
    refNo: spec.refNo ?? null,
    personId: spec.personId ?? null,
    claimed: money(spec.claimed),
    cellIssues: [],
    unreadable: new Set(spec.unreadable ?? []),
  };
}

/** The codes of a result's issues. */
export const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);
