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

/** What a unit's rows of the item in a year count: cases that count for sure, and those that may. */
interface Count {
  certain: number;
  /** Every remainder (mod the ten) that the cases that may count can add: a subset of them counts. */
  mayAdd: Set<number>;
  /** The first row whose cases may count. */
  firstMaybe: RowDraft | null;
}

/** unit and item (unitItemKey) → application year → what its rows count. */
type Counted = Map<number, Map<number, Count>>;

function countOf(counted: Counted, unitItem: number, year: number): Count {
  let byYear = counted.get(unitItem);
  if (!byYear) counted.set(unitItem, (byYear = new Map()));
  let c = byYear.get(year);
  if (!c) byYear.set(year, (c = { certain: 0, mayAdd: new Set([0]), firstMaybe: null }));
  return c;
}

export function countFullTens(drafts: readonly RowDraft[], ctx: BatchContext): void {
  const counted: Counted = new Map();
  for (const d of drafts) {
    const rule = d.item?.rule;
    if (rule?.kind !== "perFullTen" || !stillEligible(d) || d.input.quantity === null || d.input.year === null) continue;
    const quantity = d.input.quantity;
    const year = d.input.year;
    const uncertain = d.candidates !== null || isPending(d.issues);
    if (d.candidates === null) {
      // One unit (nearly every row): the same count as below, without the lists kept for several units.
      const c = countOf(counted, unitItemKey(d.unitNo, d.item!.code), year);
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
      const heldBy = least !== most ? c.firstMaybe : null;
      const before = heldBy !== null ? mostBefore : c.certain;
      if (before > 0) recompute(d, { countBefore: before }, ctx);
      if (heldBy !== null) {
        addIssue(d, { code: "HELD_BY_ROW", field: "quantity", clause: d.item!.clause, first: ctx.origin(heldBy.input.ref, d.input.ref), rule: "fullTens" });
      }
      if (!uncertain) c.certain += quantity;
      else {
        for (const r of [...c.mayAdd]) c.mayAdd.add((r + quantity) % rule.size);
        c.firstMaybe ??= d;
      }
      continue;
    }
    const counts = d.candidates.map((u) => ({ unit: u, c: countOf(counted, unitItemKey(ctx.unitNo(u), d.item!.code), year) }));
    const tensAdded = (before: number) => Math.floor(((before % rule.size) + quantity) / rule.size);
    let most = -1;
    let mostBefore = 0;
    let heldBy: RowDraft | null = null;
    const asUnit = new Map<string, number>();
    for (const { unit, c } of counts) {
      let least = Infinity;
      let unitMost = -1;
      for (const r of c.mayAdd) {
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
    for (const { c } of counts) {
      if (!uncertain) c.certain += quantity;
      else {
        for (const r of [...c.mayAdd]) c.mayAdd.add((r + quantity) % rule.size);
        c.firstMaybe ??= d;
      }
    }
  }
}
