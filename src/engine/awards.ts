/**
 * Awards that are paid once (MEASURES.md decisions 9, 10, 13): the same document, the same person, the
 * same status of a unit, or a one-time award. The first eligible claim takes it; a later one is refused and
 * points at the one that took it.
 */
import { ITEMS_BY_CODE, type Item, type ItemCode } from "../policy/items";
import type { Level } from "../policy/levels";
import { resolveLevel } from "../policy/lookup";
import { identifierKey } from "../policy/normalise";
import { amountFor } from "./amount";
import { centsOf, Decimal } from "./money";
import { earliestFirst, stillEligible, unitItemKey, wouldReceive, type BatchContext } from "./batchRules";
import { addIssue, type RowDraft } from "./evaluate";
import { identifierHash } from "./identifierHash";
import { KeyTable } from "./keyTable";
import { isPending } from "./issues";
import { historyAtField } from "./historyAt";
import type { HistoryEntry } from "./types";

export type KeyedHistory = HistoryEntry & { readonly unitKey: string; readonly unitNo: number };

/**
 * Decision 10: same unit, item and reference number; decision 13: the same person under the same item and
 * level, whichever unit claims it. Rows in batch order; a row already refused takes nothing from a later one.
 * Pledge-loan contracts are parts of one loan instead (decision 5, ./loans).
 */
export function markDuplicateReferences(drafts: readonly RowDraft[], ctx: BatchContext): void {
  const finder = new DuplicateFinder(ctx, drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const refNo = drafts[i].input.refNo;
    finder.check(drafts[i], i, refNo ? identifierHash(refNo) : -1);
  }
}

/**
 * markDuplicateReferences one row at a time, rows in batch order, each with its unit key set.
 *
 * The rows' references are kept by number (identifierHash) in a table of integers made for the batch: an
 * open-addressed array of the first row of each number, and for each row the next row of its number. No
 * key string, map entry or list is made per row; the rare rows whose references share a number are told
 * apart by unit, item and the reference's key (sameClaim).
 */
export class DuplicateFinder {
  /**
   * Per place, two integers side by side, so that a probe reads one line of memory: a number, and 1 + the
   * batch index of the last row kept with that number (0 where the place is free).
   */
  private readonly slots: Int32Array;
  /** Per row kept: 1 + the batch index of the row kept before it with the same number, 0 where none. */
  private readonly before: Int32Array;
  private readonly rows: RowDraft[];
  private readonly mask: number;
  private readonly persons = new Map<string, RowDraft>();

  /** `size`: the rows of the batch; they are checked by their index in it. */
  constructor(private readonly ctx: BatchContext, size: number) {
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    this.slots = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    this.before = new Int32Array(size);
    this.rows = new Array<RowDraft>(size);
  }

  /** The place of a number (× 2, its place in slots): its own, or the first free one after it. */
  private placeOf(hash: number): number {
    const { slots, mask } = this;
    let at = hash & mask;
    for (;;) {
      if (slots[2 * at + 1] === 0 || slots[2 * at] === hash) return 2 * at;
      at = (at + 1) & mask;
    }
  }

  /**
   * Row `index` of the batch, `d`; `refHash` its reference's identifierHash (-1 where none), made by the
   * caller while the row was at hand.
   */
  check(d: RowDraft, index: number, refHash: number): void {
    if (!stillEligible(d)) return;
    const item = d.item!;
    const ctx = this.ctx;
    const refNo = d.input.refNo;
    if (refNo && !item.loanMonths && refHash !== -1) {
      const at = this.placeOf(refHash);
      const first = this.sameClaim(this.slots[at + 1], d);
      if (first) {
        addIssue(d, {
          code: "DUPLICATE", field: "ref", clause: item.clause, first: ctx.origin(first.input.ref, d.input.ref), by: "ref", value: refNo.trim(),
        });
        return;
      }
      this.rows[index] = d;
      this.before[index] = this.slots[at + 1];
      this.slots[at] = refHash;
      this.slots[at + 1] = index + 1;
    }
    const person = item.perPerson && d.input.personId ? identifierKey(d.input.personId) : "";
    if (person !== "") {
      const key = `${item.code}\u0000${d.level?.name ?? ""}\u0000${person}`;
      const first = this.persons.get(key);
      if (first) {
        addIssue(d, {
          code: "DUPLICATE", field: "personId", clause: item.clause, first: ctx.origin(first.input.ref, d.input.ref), by: "person",
          value: d.input.personId!.trim(),
        });
        return;
      }
      this.persons.set(key, d);
    }
  }

  /**
   * The earlier row of the same unit, item and reference among the rows kept from `kept` on (1 + an index), if
   * any. A row that matched an earlier one is refused and never kept, so at most one row matches.
   */
  private sameClaim(kept: number, d: RowDraft): RowDraft | undefined {
    for (let k = kept; k !== 0; k = this.before[k - 1]) {
      const s = this.rows[k - 1];
      if (isSameClaim(s, d)) return s;
    }
    return undefined;
  }
}

function isSameClaim(s: RowDraft, d: RowDraft): boolean {
  return s.unitKey === d.unitKey && s.item === d.item && identifierKey(s.input.refNo!) === identifierKey(d.input.refNo!);
}

/**
 * Decision 10 (added): awards for a status, a platform or an evaluation are paid per unit — once per unit,
 * item and level in the policy period, or once per unit and application year — whatever the reference.
 * Decision 9: TRAINING_BASE and IP_COURSE once per unit, ever, whatever the level. The award goes to the
 * unit's earliest row that would receive it (year, event date, batch order); history with 核定金额 > 0 first.
 * Decision 27: a history entry of an item paid per level counts for its level (its 级别, else the one level
 * whose amount is its 核定金额); where that cannot be told, the unit's rows of the item are 待核实.
 * Decision 26: a row that may be one of several units is refused only where every one of them has the
 * award; where some have, it is blocked as those units (its amount pending, ./check).
 * Decisions 23 and 26: a row 待核实, or one of an ambiguous unit, neither takes nor leaves the award: it holds
 * it for each unit it may be, and a later row for it is 待核实 too (HELD_BY_ROW), approved or refused by
 * nothing until the reviewer decides the earlier one.
 */
type OnceScope = "period" | "year" | "ever";

/** What an award is per within its unit and item, as a number: a year below LEVELS_FROM, else a level's place after it. */
const LEVELS_FROM = 2 ** 14;
const WITHINS = 2 ** 15;

/**
 * Awards paid once, by unit and item (unitItemKey), then by what the award is per within them: the level (the
 * period), the year, or nothing (ever). The three make one number, the key of one table (./keyTable): a unit
 * has one award of an item or a few, and a map per unit and item would cost more than the awards. Anything
 * that makes no such number (a year beyond the numbers kept, a unit number beyond 2^53 / WITHINS) is kept by
 * its parts. Each award gives a whole number from 0, which the caller chooses; -1 where none.
 */
class OnceAwards {
  private readonly byKey: KeyTable;
  /** Level names (and "", an award ever) by their place after LEVELS_FROM. */
  private readonly places = new Map<string, number>();
  private readonly byParts = new Map<number, Map<string | number, number>>();

  /** `expected`: about how many awards the batch has at most. */
  constructor(expected: number) {
    this.byKey = new KeyTable(expected);
  }

  /** unitItem and within as one whole number, or -1. */
  private keyOf(unitItem: number, within: string | number): number {
    let w: number;
    if (typeof within === "number") {
      if (!(Number.isInteger(within) && within >= 0 && within < LEVELS_FROM)) return -1;
      w = within;
    } else {
      const place = this.places.get(within);
      if (place !== undefined) w = place;
      else {
        w = LEVELS_FROM + this.places.size;
        if (w >= WITHINS) return -1;
        this.places.set(within, w);
      }
    }
    const key = unitItem * WITHINS + w;
    return Number.isSafeInteger(key) ? key : -1;
  }

  get(unitItem: number, within: string | number): number {
    const key = this.keyOf(unitItem, within);
    return key >= 0 ? this.byKey.get(key) : this.byParts.get(unitItem)?.get(within) ?? -1;
  }

  set(unitItem: number, within: string | number, value: number): void {
    const key = this.keyOf(unitItem, within);
    if (key >= 0) {
      this.byKey.set(key, value);
      return;
    }
    let inner = this.byParts.get(unitItem);
    if (!inner) this.byParts.set(unitItem, (inner = new Map()));
    inner.set(within, value);
  }
}

/**
 * Who has an award: the history entry or row that received it, or the pending row that holds it. The
 * awards (OnceAwards) give each 2 × its place in the list, + 1 where it holds the award: an award is set once
 * — received, or held — and stays so for the batch (only an earlier history entry may take a history
 * entry's place), so one table serves both.
 */
class Takers {
  private readonly awards: OnceAwards;
  private readonly list: (RowDraft | KeyedHistory)[] = [];

  constructor(expected: number) {
    this.awards = new OnceAwards(expected);
  }

  /** The award's number in the awards, -1 where nobody has it. */
  get(unitItem: number, within: string | number): number {
    return this.awards.get(unitItem, within);
  }

  add(unitItem: number, within: string | number, taker: RowDraft | KeyedHistory, holds: boolean): void {
    this.awards.set(unitItem, within, 2 * this.list.length + (holds ? 1 : 0));
    this.list.push(taker);
  }

  /** Who has the award of number `code` (≥ 0). */
  taker(code: number): RowDraft | KeyedHistory {
    return this.list[code >> 1];
  }

  /** A history entry's place given to an earlier one. */
  replace(code: number, entry: KeyedHistory): void {
    this.list[code >> 1] = entry;
  }
}

/** How many claim each award: a history entry or a row that may have it (OnceAwards: 1, or 2 for several). */
class Claims {
  private readonly awards: OnceAwards;

  constructor(expected: number) {
    this.awards = new OnceAwards(expected);
  }

  add(unitItem: number, within: string | number): void {
    const count = this.awards.get(unitItem, within);
    if (count < 0) this.awards.set(unitItem, within, 1);
    else if (count === 1) this.awards.set(unitItem, within, 2);
  }

  several(unitItem: number, within: string | number): boolean {
    return this.awards.get(unitItem, within) === 2;
  }
}

/** Whether an award's number (≥ 0) is one held by a pending row rather than received. */
const isHeld = (code: number): boolean => (code & 1) === 1;

function isEntry(taker: RowDraft | KeyedHistory): taker is KeyedHistory {
  return (taker as RowDraft).input === undefined;
}

/** What an award paid once is per within its unit and item: the level (the period), the year, or nothing. */
function withinKey(level: string, year: number, scope: OnceScope): string | number {
  return scope === "year" ? year : scope === "ever" ? "" : level;
}

function scopeOf(item: Item): OnceScope {
  return item.oneTime ? "ever" : item.once === "year" ? "year" : "period";
}

/** An award paid once per unit and level (decision 10): its level says which award a row or entry is. */
function paidPerLevel(item: Item): boolean {
  return item.levels !== undefined && scopeOf(item) === "period";
}

/** A row's award, within its unit and item. */
function rowWithin(d: RowDraft, scope: OnceScope): string | number {
  return withinKey(d.level?.name ?? "", d.input.year ?? 0, scope);
}

/**
 * A row of an award paid once per unit and level (decision 10) that names no level (a blank 级别, item words
 * that name none): it may be the award the unit has at a level already, or another one (decision 27 within
 * the batch).
 */
function unstatedLevel(d: RowDraft): boolean {
  const item = d.item!;
  return d.level === null && paidPerLevel(item);
}

/** The row is refused the award that `taker` received (a history entry, or an earlier row). */
function refuseOnce(d: RowDraft, taker: RowDraft | KeyedHistory, scope: OnceScope, ctx: BatchContext): void {
  const item = d.item!;
  const first = isEntry(taker) ? "history" : ctx.origin(taker.input.ref, d.input.ref);
  const firstYear = isEntry(taker) ? taker.year : taker.input.year ?? 0;
  // Decision 21: an award of the history is named by the history file and its row.
  const at = isEntry(taker) ? historyAtField(ctx.historyFile, [taker]) : {};
  if (item.oneTime) addIssue(d, { code: "ONE_TIME_ONLY", field: "item", clause: item.clause, first, firstYear, ...at });
  else {
    addIssue(d, {
      code: "DUPLICATE", field: "item", clause: item.clause, first, by: "unit", value: d.input.item?.trim() ?? item.name,
      scope: scope === "year" ? "year" : "period", ...at,
    });
  }
}

/** The row waits on the earlier pending row that holds the award. */
function heldOnce(d: RowDraft, holder: RowDraft, ctx: BatchContext): void {
  const item = d.item!;
  addIssue(d, {
    code: "HELD_BY_ROW", field: "item", clause: item.clause, first: ctx.origin(holder.input.ref, d.input.ref), rule: item.oneTime ? "oneTime" : "once",
  });
}

/** An item paid once (markOnceAwards): ever (一次性), once a period per level, or once a year. */
export const isPaidOnce = (item: Item): boolean => Boolean(item.oneTime) || item.once === "period" || item.once === "year";

export function markOnceAwards(drafts: readonly RowDraft[], history: readonly KeyedHistory[], ctx: BatchContext): void {
  // Only a row that would receive money takes the award or is refused it: a claim of 0 takes nothing
  // and leaves the award to another row, whatever the order rows are typed in. No row's money changes
  // here, so the rows that would are those that would once sorted.
  const eligible: RowDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const item = d.item;
    if (item !== null && isPaidOnce(item) && wouldReceive(d)) eligible.push(d);
  }
  const takers = new Takers(eligible.length + history.length);
  const claims = new Claims(eligible.length + history.length);
  // unit and item (unitItemKey) → the history entry whose level cannot be told
  const unknownLevel = new Map<number, KeyedHistory>();
  // unit and item → the first claim of an award paid per level at a level (a history entry, then rows in
  // batch order): a row of the unit with no level may be that award again (LEVEL_UNSTATED).
  const atLevel = new Map<number, { readonly by: KeyedHistory | RowDraft; readonly level: string }>();

  for (const h of history) {
    const item = itemOf(h.item);
    if (!item || !isPaidOnce(item) || h.unitKey === "" || !h.approved.gt(0)) continue;
    const scope = scopeOf(item);
    let level = "";
    if (paidPerLevel(item)) {
      const found = levelOfEntry(item, h);
      if (found === null) {
        const key = unitItemKey(h.unitNo, h.item);
        if (!unknownLevel.has(key)) unknownLevel.set(key, h);
        continue;
      }
      level = found.name;
    }
    const unitItem = unitItemKey(h.unitNo, h.item);
    if (level !== "" && !atLevel.has(unitItem)) atLevel.set(unitItem, { by: h, level });
    const within = withinKey(level, h.year, scope);
    const code = takers.get(unitItem, within);
    // Only history is in the table yet: the earliest year's entry is the one that received the award.
    if (code < 0) {
      takers.add(unitItem, within, h, false);
      claims.add(unitItem, within);
    } else if (h.year < (takers.taker(code) as KeyedHistory).year) takers.replace(code, h);
  }

  // An award that one row alone claims — no history, no other row, no row that may be another unit — is
  // that row's, with nothing to say: only the rows of awards claimed more than once are put in order and
  // judged (nearly every award is claimed once).
  for (let i = 0; i < eligible.length; i++) {
    const d = eligible[i];
    const item = d.item!;
    const within = rowWithin(d, scopeOf(item));
    if (d.candidates === null) {
      const unitItem = unitItemKey(d.unitNo, item.code);
      claims.add(unitItem, within);
      if (d.level !== null && paidPerLevel(item) && !atLevel.has(unitItem)) atLevel.set(unitItem, { by: d, level: d.level.name });
    } else for (const u of d.candidates) claims.add(unitItemKey(ctx.unitNo(u), item.code), within);
  }
  let contested = 0;
  for (let i = 0; i < eligible.length; i++) {
    const d = eligible[i];
    const item = d.item!;
    const unitItem = unitItemKey(d.unitNo, item.code);
    const alone = d.candidates === null && !claims.several(unitItem, rowWithin(d, scopeOf(item))) && !(unknownLevel.size > 0 && unknownLevel.has(unitItem)) &&
      !(atLevel.size > 0 && unstatedLevel(d) && atLevel.has(unitItem));
    if (!alone) eligible[contested++] = d;
  }
  eligible.length = contested;
  const candidates = earliestFirst(eligible);
  // Decisions 23 and 26: a row 待核实, or one that may be any of several units, holds the award of each unit
  // it may be until the reviewer decides; a later row for the same award waits on it (HELD_BY_ROW).
  for (let c = 0; c < candidates.length; c++) {
    const d = candidates[c];
    const item = d.item!;
    const scope = scopeOf(item);
    const unitItem = unitItemKey(d.unitNo, item.code);
    const unknown = unknownLevel.size === 0 ? undefined : unknownLevel.get(unitItem);
    if (unknown) {
      addIssue(d, {
        code: "HISTORY_LEVEL_UNKNOWN", field: "level", clause: item.clause, year: unknown.year, approved: centsOf(unknown.approved),
        ...historyAtField(ctx.historyFile, [unknown]),
      });
    }
    const levelled = d.candidates === null && atLevel.size > 0 && unstatedLevel(d) ? atLevel.get(unitItem) : undefined;
    if (levelled) {
      const first = isEntry(levelled.by) ? "history" : ctx.origin(levelled.by.input.ref, d.input.ref);
      const at = isEntry(levelled.by) ? historyAtField(ctx.historyFile, [levelled.by]) : {};
      addIssue(d, { code: "LEVEL_UNSTATED", field: "level", clause: item.clause, first, level: levelled.level, ...at });
    }
    const within = rowWithin(d, scope);
    if (d.candidates === null) {
      // One unit (nearly every row): its award is taken, held by an earlier pending row, or this row's.
      const code = takers.get(unitItem, within);
      if (code < 0) takers.add(unitItem, within, d, isPending(d.issues));
      else if (isHeld(code)) heldOnce(d, takers.taker(code) as RowDraft, ctx);
      else refuseOnce(d, takers.taker(code), scope, ctx);
      continue;
    }
    const units = d.candidates;
    const codes = units.map((u) => takers.get(unitItemKey(ctx.unitNo(u), item.code), within));
    const had = units.filter((_, k) => codes[k] >= 0 && !isHeld(codes[k]));
    if (had.length === units.length) {
      refuseOnce(d, takers.taker(codes[0]), scope, ctx);
      continue;
    }
    // Decision 26: blocked as the units that have the award, held as those an earlier pending row holds.
    if (had.length > 0) d.blocked = new Set(had);
    const held = codes.find((code) => code >= 0 && isHeld(code));
    if (held !== undefined) heldOnce(d, takers.taker(held) as RowDraft, ctx);
    // Decision 26: a row that may be several units holds the award of each it may be.
    for (const u of units) {
      const key = unitItemKey(ctx.unitNo(u), item.code);
      if (takers.get(key, within) < 0) takers.add(key, within, d, true);
    }
  }
}

/**
 * The level of a history entry (decision 27): its 级别 where given and known; else the one level whose amount
 * equals its 核定金额. Null where none or several do.
 */
export function levelOfEntry(item: Item, h: HistoryEntry): Level | null {
  if (h.level !== undefined) {
    const resolved = resolveLevel(item, h.level);
    return resolved.ok ? resolved.value : null;
  }
  const matching = (item.levels ?? []).filter((l) => {
    const amount = amountFor(item, l);
    return amount !== null && new Decimal(amount).eq(h.approved);
  });
  return matching.length === 1 ? matching[0] : null;
}

const itemOf = (code: ItemCode) => ITEMS_BY_CODE.get(code);
