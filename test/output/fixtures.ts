/** Hand-built table layouts and row results: the engine's output shapes, written out in the test. */
import type { FieldKey } from "../../src/engine/columns";
import type { Explain } from "../../src/engine/explain";
import type { Issue } from "../../src/engine/issues";
import { Decimal, ZERO, type Money } from "../../src/engine/money";
import { verdictOf } from "../../src/engine/check";
import type { ClaimRow, RowResult, Status, Verdict } from "../../src/engine/types";
import { itemByCode, type ItemCode } from "../../src/policy";
import type { MappedColumn, TableLayout } from "../../src/workbook/types";

/** A table on sheet 申报表, header row 1, columns A.. in the order given. */
export function layoutOf(fields: readonly FieldKey[], opts: { sheet?: string; dataRows?: number[]; headerRow?: number } = {}): TableLayout {
  const columns = new Map<FieldKey, MappedColumn>(fields.map((f, index) => [f, { index, header: f, tenThousand: false }]));
  return {
    sheet: opts.sheet ?? "申报表",
    headerRow: opts.headerRow ?? 1,
    dataRows: opts.dataRows ?? [2, 3, 4],
    columns,
    lastCol: fields.length - 1,
    resultCol: fields.length,
    resultFound: false,
  };
}

export const m = (v: string | number): Money => new Decimal(v);

export interface ResultSpec {
  row: number;
  file?: number;
  unit?: string | null;
  district?: string | null;
  year?: number | null;
  item?: ItemCode | null;
  typedItem?: string;
  claimed?: string | null;
  approvable?: string;
  pending?: string;
  excess?: string;
  verdict?: Verdict;
  issues?: Issue[];
  status?: Status;
  explain?: Explain;
}

export function result(spec: ResultSpec): RowResult {
  const item = spec.item ? itemByCode(spec.item) : null;
  const claimed = spec.claimed === undefined ? null : spec.claimed === null ? null : m(spec.claimed);
  const issues = spec.issues ?? [];
  const status: Status =
    spec.status ??
    (issues.some((i) => isError(i)) ? "error" : issues.length ? "warning" : "ok");
  const input: ClaimRow = {
    ref: { file: spec.file ?? 0, row: spec.row },
    unit: spec.unit === undefined ? "连云港某某科技有限公司" : spec.unit,
    creditCode: null,
    district: spec.district === undefined ? "海州区" : spec.district,
    year: spec.year === undefined ? 2026 : spec.year,
    item: spec.typedItem ?? spec.item ?? null,
    level: null, quantity: null, base: null, months: null, fees: null, rate: null, outcome: null,
    eventDate: null, startDate: null, refNo: null, personId: null,
    claimed,
    cellIssues: [],
    unreadable: new Set(),
  };
  const approvable = m(spec.approvable ?? "0");
  const pending = m(spec.pending ?? "0");
  const excess = spec.excess === undefined ? ZERO : m(spec.excess);
  const requested = claimed ?? approvable;
  return {
    ref: input.ref,
    input,
    item,
    level: null,
    unitKey: input.unit ?? "",
    claimed,
    requested,
    eligible: approvable,
    approvable,
    pending,
    excess,
    verdict: spec.verdict ?? verdictOf(issues.some((i) => isError(i)) && approvable.isZero(), { requested, approvable, pending }),
    explain: spec.explain ?? [],
    issues,
    status,
  };
}

const WARNINGS = new Set(["NO_EVENT_DATE", "NO_CLAIM", "BELOW_STANDARD", "CONDITION_UNSTATED", "NO_START_DATE", "BAD_CREDIT_CODE", "NOT_LOCAL", "DISTRICT_MISMATCH", "UNKNOWN_DISTRICT", "NO_CREDIT_CODE"]);
function isError(i: Issue): boolean {
  return !WARNINGS.has(i.code);
}
