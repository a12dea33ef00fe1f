/**
 * One row on its own: the item and level resolved, the amount computed, the row's own rules applied.
 * Cross-row rules (duplicates, one-time, two-year, caps) come after, in ./check.
 */
import type { Item } from "../policy/items";
import type { Level } from "../policy/levels";
import { ItemCellMemo, type ItemLevel } from "./itemWords";
import { CellMemo } from "./cellMemo";
import { AmountMemo } from "./amountMemo";
import { withAbsentColumn, withAbsentColumns } from "./absentColumn";
import type { FieldKey } from "./columns";
import { NO_STEPS, type Cents, type Explain } from "./explain";
import { hasCodeIn, INELIGIBLE, statusOf, type Issue } from "./issues";
import { moneyOfCents, wholeCentsOf, type Money } from "./money";
import { claimedCentsOf } from "./rowCents";
import { RateSteps } from "./rateSteps";
import { typedLevel } from "./rowLevel";
import { NO_UNIT, withPending, withSeveral, type RowUnit, type Several } from "./rowUnit";
import { conditionIssues, periodIssues, registrationFor, registrationIssues, type Registration } from "./rowRules";
import type { CheckSettings, ClaimRow, RowRef, RowResult, Status, Verdict } from "./types";

/** A row's issues while it has none: shared and frozen, replaced by its own list on the first (addIssue). */
export const NO_ISSUES = Object.freeze([]) as readonly Issue[] as Issue[];

/**
 * The amounts of a row not yet settled. Not a number, so that V8 keeps the amounts' fields tagged: a whole
 * number of 分 then sits in the row's object itself, where fields that only ever held numbers would each get
 * a box of their own in every row (measured: five boxes a row, a fifth of the results' memory).
 */
const UNSETTLED = null as unknown as Cents;

/**
 * A row on its way through the check, and its result once settled (./check): one object per row, its amounts
 * in whole 分 (numbers, no decimal objects), the Money of RowResult made only when a host asks. Until settled
 * the amounts hold nothing; `computed` and `standard` are the row's amounts under its clause as the cross-row
 * rules find them.
 */
export class RowDraft implements RowResult {
  /**
   * The unit as the cross-row rules count it, set once the whole batch is seen (decision 11), shared by the
   * unit's rows; a row that may be several units, or has an amount pending, holds a copy of its own (./rowUnit).
   */
  unit: RowUnit = NO_UNIT;
  // The amount approved, set when the row is settled (./check); the amount pending sits in `unit` (0 on nearly
  // every row). The eligible amount, the request, the excess and the verdict follow from them and from the
  // row's issues, final once it is settled.
  approvableCents: Cents = UNSETTLED;
  /**
   * The calculation: the row's steps, or, on a rate row whose one step is its rate step, the steps it shares
   * with the rows of its item and rate, its own step made from its base and amount when asked (./rateSteps).
   */
  private steps: Explain | RateSteps = NO_STEPS;
  /** NO_ISSUES until the row has one: add them with addIssue. */
  issues: Issue[] = NO_ISSUES;
  /** The amount under the clause in 分, before the claim and the caps; null where it could not be computed. */
  computed: Cents | null = null;

  /** `itemLevel`: the row's item and level, one pair shared by the rows that have them (ItemCellMemo.pair). */
  constructor(
    readonly input: ClaimRow,
    private readonly itemLevel: ItemLevel,
  ) {}

  /** The unit as the caps see it: a valid credit code, else the normalised name (decision 11). */
  get unitKey(): string {
    return this.unit.key;
  }
  /** The unit's number in the batch (BatchContext.unitNo); -1 until the whole batch is seen. */
  get unitNo(): number {
    return this.unit.no;
  }
  /** What the row would approve once a fact is confirmed, in 分: 0 on a row that approves or refuses. */
  get pendingCents(): Cents {
    return this.unit.pending;
  }
  set pendingCents(cents: Cents) {
    if (cents !== this.unit.pending) this.unit = withPending(this.unit, cents);
  }

  get item(): Item | null {
    return this.itemLevel.item;
  }
  get level(): Level | null {
    return this.itemLevel.level;
  }

  /** The claim in 分, null where blank: the row's own cell (./rowCents), not a copy kept in every result. */
  get claimedCents(): Cents | null {
    return claimedCentsOf(this.input);
  }
  /**
   * For 给予 X items (a fixed amount, or per full ten), the standard amount in 分 a lower claim is compared
   * with (decision 1): the row's amount under its clause, after a single row's cap, as computeAmount gives it.
   */
  get standard(): Cents | null {
    const kind = this.item?.rule.kind;
    return kind === "fixed" || kind === "perFullTen" ? this.computed : null;
  }
  /**
   * Decision 8: a row with no item or no amount, or with an issue that refuses it. Settling adds no such issue,
   * so a settled row answers as it did when it was settled.
   */
  get ineligible(): boolean {
    return this.item === null || this.computed === null || hasCodeIn(this.issues, INELIGIBLE);
  }
  /** What the row is eligible for once settled: its amount, 0 where it is ineligible. */
  get eligibleCents(): Cents {
    return this.ineligible ? 0 : this.computed!;
  }
  /** Decision 23, from the settled amounts (verdictOfCents). */
  get verdict(): Verdict {
    return verdictOfCents(this.ineligible, this.requestedCents, this.approvableCents, this.pendingCents);
  }

  get ref(): RowRef {
    return this.input.ref;
  }
  get explain(): Explain {
    const steps = this.steps;
    return steps instanceof RateSteps ? steps.ofRow(this.input, this.computed!) : steps;
  }
  set explain(steps: Explain) {
    this.steps = steps;
  }
  /** The steps as the row holds them: its own, or the RateSteps it shares (./rateSteps). */
  get heldSteps(): Explain | RateSteps {
    return this.steps;
  }
  /**
   * Hold steps: a rate row's shared RateSteps where its explanation is its rate step (and the steps after it
   * RateSteps keeps) and its amount that step's result.
   */
  holdSteps(steps: Explain | RateSteps): void {
    this.steps = steps;
  }
  /**
   * Decision 26: the units a name-only row of a name seen with several credit codes may be (their keys),
   * else null. The row is held against the rules of every one of them.
   */
  get candidates(): readonly string[] | null {
    const several = this.unit.several;
    return several === null ? null : several.units;
  }
  set candidates(units: readonly string[] | null) {
    this.unit = withSeveral(this.unit, units === null ? null : { units, blocked: null, eligibleAs: null });
  }
  /** Of `candidates`, those whose one-time or two-year rule would refuse the row: it approves 0 as that unit. */
  get blocked(): Set<string> | null {
    const several = this.unit.several;
    return several === null ? null : several.blocked;
  }
  set blocked(units: Set<string> | null) {
    this.severalOnes().blocked = units;
  }
  /**
   * Of `candidates`, what the row is eligible for as each where that differs (decision 4's tens, counted per
   * unit), in 分; `computed` is the most of them.
   */
  get eligibleAs(): Map<string, Cents> | null {
    const several = this.unit.several;
    return several === null ? null : several.eligibleAs;
  }
  set eligibleAs(amounts: Map<string, Cents> | null) {
    this.severalOnes().eligibleAs = amounts;
  }
  private severalOnes(): Several {
    const several = this.unit.several;
    if (several === null) throw new Error("a row of one unit has nothing blocked or eligible per unit");
    return several;
  }
  /** Made from the issues when asked, not kept in every row: the issues are the row's last word on it. */
  get status(): Status {
    return this.issues.length === 0 ? "ok" : statusOf(this.issues);
  }
  /** Decision 8: the claim, or the eligible amount where the claim is blank (0 on an ineligible row). */
  get requestedCents(): Cents {
    return this.claimedCents ?? this.eligibleCents;
  }
  /** requested = approvable + pending + excess. */
  get excessCents(): Cents {
    return this.requestedCents - this.approvableCents - this.pendingCents;
  }

  get claimed(): Money | null {
    return this.input.claimed;
  }
  get requested(): Money {
    return moneyOfCents(this.requestedCents);
  }
  get eligible(): Money {
    return moneyOfCents(this.eligibleCents);
  }
  get approvable(): Money {
    return moneyOfCents(this.approvableCents);
  }
  get pending(): Money {
    return moneyOfCents(this.pendingCents);
  }
  get excess(): Money {
    return moneyOfCents(this.excessCents);
  }
}

/**
 * Decision 23: 不予支持 for an ineligible row whatever it requests, 待核实 where an amount is pending, else 通过
 * where the row approves all it requests, 核减 where it approves part, 不予支持 where it approves nothing of a
 * request above 0. In whole 分 (verdictOf in Money).
 */
export function verdictOfCents(ineligible: boolean, requested: Cents, approvable: Cents, pending: Cents): Verdict {
  if (ineligible) return "rejected";
  if (pending > 0) return "review";
  if (approvable >= requested) return "approved";
  return approvable > 0 ? "reduced" : "rejected";
}

/** The amounts of a result, as RowResult names them. */
export type AmountKey = "requested" | "eligible" | "approvable" | "pending" | "excess";

/**
 * A result's amount in whole 分: read straight from a row the check settled, else from the Money of any
 * other RowResult (a host's own, a test's), whose amounts are whole 分 as the engine's are.
 */
export function centsOfResult(r: RowResult, key: AmountKey): Cents {
  if (r instanceof RowDraft) {
    switch (key) {
      case "requested": return r.requestedCents;
      case "eligible": return r.eligibleCents;
      case "approvable": return r.approvableCents;
      case "pending": return r.pendingCents;
      case "excess": return r.excessCents;
    }
  }
  return wholeCentsOf(r[key], key);
}

/**
 * A row has a few issues at most: each is added to a copy one longer, as long as it needs to be, where a push
 * would give the list room for 16 more on every row with a second issue.
 */
export function addIssue(d: { issues: Issue[] }, issue: Issue): void {
  const old = d.issues;
  const n = old.length;
  if (n === 0) {
    d.issues = [issue];
    return;
  }
  const issues = new Array<Issue>(n + 1);
  for (let i = 0; i < n; i++) issues[i] = old[i];
  issues[n] = issue;
  d.issues = issues;
}

function addAll(d: RowDraft, issues: readonly Issue[]): void {
  for (let i = 0; i < issues.length; i++) addIssue(d, issues[i]);
}

const AMOUNT_INPUTS = ["quantity", "base", "months", "fees", "rate"] as const;

export function evaluateRow(
  row: ClaimRow, settings?: CheckSettings, reg: Registration = registrationFor(row), amounts: AmountMemo = new AmountMemo(settings),
  itemCells: ItemCellMemo = new ItemCellMemo(), cells: CellMemo = new CellMemo(),
): RowDraft {
  let item: Item | null = null;
  let level: Level | null = null;
  let itemIssue: Issue | null = null;
  let levelIssue: Issue | null = null;

  let named: Level | null = null;
  if (row.item !== null && !row.unreadable.has("item")) {
    const cell = itemCells.of(row.item);
    if (cell.read.ok) item = cell.read.item;
    else itemIssue = cell.read.issue;
    named = cell.named;
  }
  let conflict: Issue | null = null;
  if (item) {
    // Decision 24: the item's words may name its level (「高级知识产权师」); a blank 级别 takes it.
    level = named;
    if (row.level !== null && row.level.trim() !== "" && !row.unreadable.has("level")) {
      const typed = typedLevel(item, named, row.level, cells.level(item, row.level));
      level = typed.level;
      if (typed.issue?.code === "LEVEL_CONFLICT") conflict = typed.issue;
      else levelIssue = typed.issue;
    }
  }

  // A claim that is no whole number of 分 is refused here, before the row is counted (claimedCentsOf).
  claimedCentsOf(row);
  const d = new RowDraft(row, itemCells.pair(item, level));
  if (row.cellIssues.length) d.issues = row.cellIssues.slice();
  if (itemIssue) addIssue(d, itemIssue);

  if (item) {
    if (levelIssue) addIssue(d, levelIssue);
    if (conflict) addIssue(d, conflict);
    const levelBad = levelIssue !== null || (d.issues.length > 0 && d.issues.some((i) => i.code === "UNKNOWN_LEVEL"));
    const inputsBad = row.unreadable.size > 0 && AMOUNT_INPUTS.some((f) => row.unreadable.has(f));
    if (!levelBad && !inputsBad) {
      // A plain rate row is given its amount, and the steps it shares with its item's rows, at once.
      const outcome = amounts.plainRate(item, level, row, d) ? null : amounts.ofRow(item, level, row);
      if (outcome !== null && outcome.ok) {
        d.computed = outcome.eligible;
        const shared = amounts.rateSteps(item, row, outcome);
        if (shared === null) d.explain = outcome.explain;
        else d.holdSteps(shared);
        addAll(d, outcome.notes);
      } else if (outcome !== null) {
        for (const i of outcome.issues) if (!(i.code === "MISSING_VALUE" && row.unreadable.has(i.field))) addIssue(d, withAbsentColumn(i, row));
      }
    }
    addAll(d, withAbsentColumns(periodIssues(row, item), row));
    addAll(d, withAbsentColumns(conditionIssues(row, item, cells), row));
  }
  const registration = registrationIssues(row, cells, reg);
  // A credit code cell that holds something unreadable was filled: its own issue says what it holds, and
  // "未填写" would not be true.
  addAll(d, withAbsentColumns(row.unreadable.size > 0 && row.unreadable.has("creditCode") ? registration.filter((i) => i.code !== "NO_CREDIT_CODE") : registration, row));
  if (row.fromFormula && row.fromFormula.size) d.explain = withFormulaNote(d.explain, row.fromFormula);
  return d;
}

/**
 * A value read from a formula's cached result is what Excel last calculated, not what was typed: the row
 * says which cells it came from, so a reviewer knows to look at the formula.
 */
export function withFormulaNote(explain: Explain, fields: ReadonlySet<FieldKey> | undefined): Explain {
  if (!fields || fields.size === 0) return explain;
  return [...explain, { kind: "formula", fields: [...fields] }];
}
