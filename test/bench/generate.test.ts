import { checkCreditCode } from "../../src/engine/creditCode";
import { EDITION, ITEMS, resolveItem } from "../../src/policy";
import { claimRows } from "../../bench/claims";
import { generateRows, prng, type GeneratedRow } from "../../bench/generate";

const rows: GeneratedRow[] = [...generateRows({ rows: 20_000 })];
/** Each item cell read once: the rows repeat a few dozen texts, and reading one is a search of the policy's words. */
const itemOf = (() => {
  const read = new Map<string, ReturnType<typeof resolveItem>>();
  return (text: string) => {
    let hit = read.get(text);
    if (hit === undefined) read.set(text, (hit = resolveItem(text)));
    return hit;
  };
})();

test("the same seed gives the same rows; another seed other rows", () => {
  // Compared as text: the same rows give the same JSON, and a deep toEqual of 20,000 objects costs seconds.
  expect(JSON.stringify([...generateRows({ rows: 20_000 })])).toBe(JSON.stringify(rows));
  expect([...generateRows({ rows: 20_000, seed: 2 })].slice(0, 50)).not.toEqual(rows.slice(0, 50));
  expect(prng(1)()).toBe(prng(1)());
});

test("a realistic mix: every item turns up, counted and rate items most", () => {
  const codes = new Map<string, number>();
  for (const r of rows) {
    const hit = itemOf(r.item);
    if (hit.ok) codes.set(hit.value.code, (codes.get(hit.value.code) ?? 0) + 1);
  }
  expect(codes.size).toBe(ITEMS.length);
  expect(codes.get("DATA_IP")!).toBeGreaterThan(codes.get("GI_DEMO_ZONE")! * 5);
});

test("units repeat, so the annual caps and duplicate rules have work to do", () => {
  const units = new Set(rows.map((r) => r.creditCode));
  expect(units.size).toBeLessThan(rows.length / 10);
});

test("a few mistakes, most rows clean: unknown items, bad codes, dates before the period, over-claims", () => {
  const unknown = rows.filter((r) => !itemOf(r.item).ok).length;
  const badCode = rows.filter((r) => !checkCreditCode(r.creditCode).ok).length;
  const early = rows.filter((r) => r.eventDate < EDITION.periodStart).length;
  const late = rows.filter((r) => r.eventDate > EDITION.periodEnd).length;
  for (const n of [unknown, badCode, early]) {
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(rows.length * 0.03);
  }
  expect(late).toBe(0);
});

test("years stay within the application years, money has at most two decimals", () => {
  // The rows that break either rule (none), in one expectation rather than one per value.
  const years = rows.filter((r) => r.year < EDITION.firstYear || r.year > EDITION.lastYear).map((r) => r.year);
  const money = rows.flatMap((r) => [r.base, r.fees, r.claimed]).filter((m) => m !== null && !/^\d+\.\d{2}$/.test(m));
  expect({ years, money }).toEqual({ years: [], money: [] });
});

test("as ClaimRows: worksheet rows from 2, money as Decimal, no cell issues", () => {
  const claims = claimRows(rows.slice(0, 100), 3);
  expect(claims[0].ref).toEqual({ file: 3, row: 2 });
  expect(claims[99].ref.row).toBe(101);
  const withBase = claims.find((c) => c.base !== null)!;
  expect(withBase.base!.toFixed(2)).toBe(rows[claims.indexOf(withBase)].base);
  expect(claims.every((c) => c.cellIssues.length === 0 && c.unreadable.size === 0)).toBe(true);
});
