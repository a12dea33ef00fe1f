/**
 * The engine's reference as readable text: a few hundred rows of the reference batches (./engineReference),
 * chosen so the rows still meet every item, every issue code and the rules across rows (caps, duplicates,
 * one-time awards, two years, one name with two codes), written as one line of input per row and one line
 * of expected outcome per row (verdict, the four amounts, the issue codes).
 *
 * Whole units are kept together, so a cap or a duplicate sees the same rows in the fixture as in the batch.
 */
import { referenceBatches, type ReferenceBatch } from "./engineReference";
import {
  checkBatch, Decimal, type CheckSettings, type ClaimRow, type FieldKey, type HistoryEntry, type Issue, type Money, type RowResult,
} from "../src/engine";
import type { ItemCode } from "../src/policy";

/** Rows a batch past which only a unit that meets a new code or item is added. */
const ROWS_PER_BATCH = 200;

const codesOf = (r: RowResult) => r.issues.map((i) => i.code);

/** Rows of whole units, most varied first, until every issue code and item of the batch is met. */
function chooseRows(batch: ReferenceBatch): (readonly ClaimRow[])[] {
  const results = checkBatch(batch.files, { settings: batch.settings, history: batch.history }).flat();
  const byUnit = new Map<string, RowResult[]>();
  for (const r of results) byUnit.set(r.unitKey, [...(byUnit.get(r.unitKey) ?? []), r]);
  const variety = (rows: RowResult[]) => new Set(rows.flatMap((r) => [...codesOf(r), `item:${r.item?.code ?? "-"}`])).size;
  const units = [...byUnit.entries()].sort((a, b) => variety(b[1]) - variety(a[1]) || a[0].localeCompare(b[0]));
  const chosen = new Set<RowResult>();
  const met = new Set<string>();
  const keys = (r: RowResult) => [...codesOf(r), `item:${r.item?.code ?? "-"}`];
  for (const [, rows] of units) {
    // A unit that meets something new is kept whole, whatever its size: its cross-row rules need its rows.
    const adds = rows.some((r) => keys(r).some((c) => !met.has(c)));
    if (!adds && chosen.size + rows.length > ROWS_PER_BATCH) continue;
    for (const r of rows) {
      chosen.add(r);
      for (const c of keys(r)) met.add(c);
    }
  }
  return batch.files.map((file) => file.filter((row) => [...chosen].some((r) => r.input === row)));
}

// One line a row: the input's non-empty fields, amounts as text.
function rowLine(row: ClaimRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === null || v === undefined) continue;
    if (v instanceof Set) { if (v.size) out[k] = [...v]; continue; }
    if (Decimal.isDecimal(v)) { out[k] = (v as Money).toFixed(); continue; }
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

const MONEY: readonly (keyof ClaimRow)[] = ["base", "fees", "rate", "claimed"];
const SETS: readonly (keyof ClaimRow)[] = ["unreadable", "fromFormula"];

/** A row back from its line. */
export function rowOf(line: Record<string, unknown>): ClaimRow {
  const row: Record<string, unknown> = {
    unit: null, creditCode: null, district: null, year: null, item: null, level: null, quantity: null, base: null, months: null,
    fees: null, rate: null, outcome: null, eventDate: null, startDate: null, refNo: null, personId: null, claimed: null,
    cellIssues: [] as Issue[], unreadable: new Set<FieldKey>(), ...line,
  };
  for (const k of MONEY) if (typeof row[k] === "string") row[k] = new Decimal(row[k] as string);
  for (const k of SETS) if (Array.isArray(row[k])) row[k] = new Set(row[k] as FieldKey[]);
  return row as unknown as ClaimRow;
}

export interface FixtureBatch {
  readonly name: string;
  readonly settings?: CheckSettings;
  readonly history: readonly HistoryEntry[];
  readonly files: readonly (readonly ClaimRow[])[];
}

/** The inputs file: the batch's name, its rates and history, then its rows (one JSON object a line). */
export function inputsText(batch: FixtureBatch): string {
  const rates = batch.settings?.rates ? Object.fromEntries(Object.entries(batch.settings.rates).map(([k, v]) => [k, v!.toFixed()])) : undefined;
  const lines = [JSON.stringify({ batch: batch.name, ...(rates ? { rates } : {}), files: batch.files.length })];
  for (const h of batch.history) lines.push(JSON.stringify({ history: { ...h, approved: h.approved.toFixed() } }));
  for (const file of batch.files) for (const row of file) lines.push(JSON.stringify(rowLine(row)));
  return `${lines.join("\n")}\n`;
}

/** A batch back from its inputs file. */
export function parseInputs(text: string): FixtureBatch {
  const [head, ...rest] = text.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  const rates = head!.rates as Record<string, string> | undefined;
  const settings: CheckSettings | undefined = rates
    ? { rates: Object.fromEntries(Object.entries(rates).map(([k, v]) => [k as ItemCode, new Decimal(v)])) }
    : undefined;
  const history: HistoryEntry[] = [];
  const files: ClaimRow[][] = Array.from({ length: head!.files as number }, () => []);
  for (const line of rest) {
    if (line.history) {
      const h = line.history as Record<string, unknown>;
      history.push({ ...(h as unknown as HistoryEntry), approved: new Decimal(h.approved as string) });
    } else {
      const row = rowOf(line);
      files[row.ref.file]!.push(row);
    }
  }
  return { name: head!.batch as string, ...(settings ? { settings } : {}), history, files };
}

export const EXPECTED_HEADER = ["file", "row", "item", "verdict", "requested", "approvable", "pending", "excess", "issues"].join("\t");

/** The expected file: one tab-separated line a row, what a reviewer checks first; the item as the engine resolved it. */
export function expectedText(batch: FixtureBatch): string {
  const results = checkBatch(batch.files, { settings: batch.settings, history: batch.history }).flat();
  const lines = results.map((r) =>
    [r.ref.file, r.ref.row, r.item?.code ?? "-", r.verdict, r.requested.toFixed(2), r.approvable.toFixed(2), r.pending.toFixed(2), r.excess.toFixed(2), codesOf(r).join(",") || "-"].join("\t"));
  return `${[EXPECTED_HEADER, ...lines].join("\n")}\n`;
}

/** The fixture batches: the chosen rows of each reference batch, with its rates and history. */
export function fixtureBatches(): FixtureBatch[] {
  return referenceBatches().map((b) => ({ name: b.name, ...(b.settings ? { settings: b.settings } : {}), history: b.history, files: chooseRows(b) }));
}
