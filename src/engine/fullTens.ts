/**
 * Per full ten (MEASURES.md decision 4): OPEN_LICENSE_DECLARE and MEDIATION count their tens per unit (the
 * patentee, the mediation organisation) per application year, over all its rows of the item in batch order;
 * each row is eligible for what its count adds to the unit's full tens.
 * Decisions 23 and 26: the cases of a 待核实 row, or of a row that may be another unit, may or may not count.
 * A later row whose tens depend on them is 待核实 (HELD_BY_ROW, naming the first such row), at the most its
 * cases could add; a row that may be several units is eligible, as each, for what its cases add to that
 * unit's count (./check approves what every one allows, the rest pending).
 */
import { recompute, stillEligible, unitItemKey, type BatchContext } from "./batchRules";
import { addIssue, type RowDraft } from "./evaluate";
import { isPending } from "./issues";
import { KeyTable } from "./keyTable";

/** What a unit's rows of the item in a year count: cases that count for sure, and those that may. */
interface Count {
  certain: number;
  /**
   * Every remainder (mod the ten) that the cases that may count can add: a subset of them counts. Null
   * while no such case has come (nearly always): only 0.
   */
  mayAdd: Set<number> | null;
  /** The first row whose cases may count. */
  firstMaybe: RowDraft | null;
}

/** Years below this are kept in one number with their unit and item (under 2^53 while unit numbers stay below 2^33). */
const YEARS = 2 ** 14;

/**
 * Each unit, item and application year's count: a KeyTable by the three as one number gives its place in a
 * list of counts, with no map or set made per unit. A year that makes no such number is kept by its text.
 */
export class Counted {
  private readonly places: KeyTable;
  private readonly others = new Map<string, number>();
  private readonly counts: Count[] = [];

  constructor(expected: number) {
    this.places = new KeyTable(expected);
  }

  of(unitItem: number, year: number): Count {
    const key = unitItem * YEARS + year;
    const whole = Number.isInteger(year) && year >= 0 && year < YEARS && Number.isSafeInteger(key);
    let place = whole ? this.places.get(key) : this.others.get(`${unitItem} ${year}`) ?? -1;
    if (place < 0) {
      place = this.counts.length;
      this.counts.push({ certain: 0, mayAdd: null, firstMaybe: null });
      if (whole) this.places.set(key, place);
      else this.others.set(`${unitItem} ${year}`, place);
    }
    return this.counts[place];
  }
}

/** Count a row's cases: for sure, or (`uncertain`) as cases that may count. */
function addCases(c: Count, d: RowDraft, quantity: number, size: number, uncertain: boolean): void {
  if (!uncertain) {
    c.certain += quantity;
    return;
  }
  const mayAdd = (c.mayAdd ??= new Set([0]));
  for (const r of [...mayAdd]) mayAdd.add((r + quantity) % size);
  c.firstMaybe ??= d;
}

/** What a count without cases that may count can add: nothing. */
const ONLY_ZERO: readonly number[] = [0];

export function countFullTens(drafts: readonly RowDraft[], ctx: BatchContext): void {
  const counted = new Counted(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const rule = d.item?.rule;
    if (rule?.kind !== "perFullTen" || !stillEligible(d) || d.input.quantity === null || d.input.year === null) continue;
    const quantity = d.input.quantity;
    const year = d.input.year;
    const uncertain = d.candidates !== null || isPending(d.issues);
    if (d.candidates === null) {
      // One unit (nearly every row): the same count as below, without the lists kept for several units.
      const c = counted.of(unitItemKey(d.unitNo, d.item!.code), year);
      // Without cases that may count (nearly always) the row's count comes after the certain ones.
      let heldBy: RowDraft | null = null;
      let before = c.certain;
      if (c.mayAdd !== null) {
        let least = Infinity;
        let most = -1;
        let mostBefore = 0;
        for (const r of c.mayAdd) {
          const at = c.certain + r;
          const tens = Math.floor(((at % rule.size) + quantity) / rule.size);
          if (tens < least) least = tens;
          if (tens > most) {
            most = tens;
            mostBefore = at;
          }
        }
        if (least !== most) {
          heldBy = c.firstMaybe;
          before = mostBefore;
        }
      }
      if (before > 0) recompute(d, { countBefore: before }, ctx);
      if (heldBy !== null) {
        addIssue(d, { code: "HELD_BY_ROW", field: "quantity", clause: d.item!.clause, first: ctx.origin(heldBy.input.ref, d.input.ref), rule: "fullTens" });
      }
      addCases(c, d, quantity, rule.size, uncertain);
      continue;
    }
    const counts = d.candidates.map((u) => ({ unit: u, c: counted.of(unitItemKey(ctx.unitNo(u), d.item!.code), year) }));
    const tensAdded = (before: number) => Math.floor(((before % rule.size) + quantity) / rule.size);
    let most = -1;
    let mostBefore = 0;
    let heldBy: RowDraft | null = null;
    const asUnit = new Map<string, number>();
    for (const { unit, c } of counts) {
      let least = Infinity;
      let unitMost = -1;
      for (const r of c.mayAdd ?? ONLY_ZERO) {
        const tens = tensAdded(c.certain + r);
        least = Math.min(least, tens);
        if (tens > unitMost) unitMost = tens;
        if (tens > most) [most, mostBefore] = [tens, c.certain + r];
      }
      if (least !== unitMost && heldBy === null) heldBy = c.firstMaybe;
      asUnit.set(unit, least);
    }
    // The explanation counts what the row is eligible for at most: its unit's certain count where that is all.
    const before = heldBy !== null || counts.length > 1 ? mostBefore : counts[0].c.certain;
    if (before > 0) recompute(d, { countBefore: before }, ctx);
    if (heldBy !== null) {
      addIssue(d, { code: "HELD_BY_ROW", field: "quantity", clause: d.item!.clause, first: ctx.origin(heldBy.input.ref, d.input.ref), rule: "fullTens" });
    } else if (counts.length > 1 && new Set(asUnit.values()).size > 1) {
      const each = ctx.amounts.cents(rule.amount);
      d.eligibleAs = new Map([...asUnit].map(([u, tens]) => [u, each * tens]));
    }
    for (const { c } of counts) addCases(c, d, quantity, rule.size, uncertain);
  }
}
