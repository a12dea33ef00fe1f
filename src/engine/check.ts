/**
 * The batch check: every row on its own, then the cross-row rules in order (MEASURES.md decisions 4–13):
 * who each unit is, duplicates and awards paid once, the parts of a loan and its two years, the full tens
 * of a unit, then the annual caps with running totals. Files are taken in the order given, rows top to
 * bottom.
 */
import { CAP_GROUPS, type CapGroupId } from "../policy/caps";
import { EDITION } from "../policy/edition";
import { DuplicateFinder, isPaidOnce, markOnceAwards, type KeyedHistory } from "./awards";
import { originMaker, type BatchContext } from "./batchRules";
import { capCents, CapLedger, type SlotNotes } from "./caps";
import { historyAtField } from "./historyAt";
import { addIssue, evaluateRow, verdictOfCents, type RowDraft } from "./evaluate";
import { countFullTens } from "./fullTens";
import { identifierHash } from "./identifierHash";
import { isPending, type Issue, type Origin } from "./issues";
import { countLoanParts, markTwoYear } from "./loans";
import { AmountMemo } from "./amountMemo";
import { withAbsentColumn } from "./absentColumn";
import { ItemCellMemo } from "./itemWords";
import { NO_STEPS, type Cents, type CountWord, type Explain, type ExplainStep } from "./explain";
import { wholeCentsOf, type Money } from "./money";
import type { CheckSettings, ClaimRow, HistoryEntry, RowRef, RowResult, Verdict } from "./types";
import { REGISTRATION_BLOCK, RegistrationMemo, type Registration } from "./rowRules";
import { UnitDirectory } from "./unit";
import { RateSteps } from "./rateSteps";
import { NO_UNIT, RowUnits, type RowUnit } from "./rowUnit";
import { CellMemo } from "./cellMemo";

export interface CheckOptions {
  readonly settings?: CheckSettings;
  readonly history?: readonly HistoryEntry[];
  /**
   * The name of a file of the batch by its RowRef.file, as the user gave it: messages pointing to a row of
   * another file name that file (decision 21).
   */
  readonly fileName?: (file: number) => string | undefined;
  /** The history file as the user gave it: messages pointing to an entry name it and the entry's row (decision 21). */
  readonly historyFile?: string;
}


export function checkBatch(files: readonly (readonly ClaimRow[])[], options: CheckOptions = {}): RowResult[][] {
  const settings = options.settings;
  const amounts = new AmountMemo(settings);
  // What the check remembers of the text in its cells: made here, gone with the check.
  const cells = new CellMemo();
  const registrations = new RegistrationMemo(cells);
  const itemCells = new ItemCellMemo();
  const drafts: RowDraft[][] = [];
  // Decision 11: one unit however its rows and history entries name it; the directory is complete once
  // every row and entry is seen.
  const directory = new UnitDirectory([], cells);
  // The rows each cross-row rule looks at, in batch order: the rules walk these, not the whole batch.
  const once: RowDraft[] = [];
  const loans: RowDraft[] = [];
  const years: RowDraft[] = [];
  const tens: RowDraft[] = [];
  // Each row's reference as a number (identifierHash), made while the row is at hand: the duplicates' walk
  // below then reads the rows' references only where two share a number.
  let total = 0;
  for (const rows of files) total += rows.length;
  const refHashes = new Int32Array(total);
  // Per row in batch order: its draft, and the name of a row without a valid code (the unit it is can only be
  // told once every row is seen). With one file (the usual check) its list is this list: one array of a
  // million drafts, not two.
  const ordered = new Array<RowDraft>(total);
  const names = new Array<string>(total);
  // Units are counted by number (CapLedger.numberOf); a row with a valid code is that code's unit, known at
  // once, so its key and number are set while its registration is at hand.
  const ledger = new CapLedger();
  // Each unit's key and number in one object its rows share (./rowUnit).
  const units = new RowUnits((key) => ledger.numberOf(key));
  // The registrations of a block of rows, looked up together before the rows are evaluated (RegistrationMemo.ofBlock).
  const regs = new Array<Registration>(REGISTRATION_BLOCK);
  // The unit of each row of a block (NO_UNIT where it has no valid code), found before the block's rows are
  // evaluated.
  const blockUnits = new Array<RowUnit>(REGISTRATION_BLOCK);
  // Rows of an item with an annual cap: each uses a cap slot of its unit, group and year, shared by the unit's
  // other such rows.
  let capped = 0;
  let at = 0;
  for (const rows of files) {
    const fileDrafts: RowDraft[] = files.length === 1 ? ordered : new Array(rows.length);
    for (let start = 0; start < rows.length; start += REGISTRATION_BLOCK) {
      const end = registrations.ofBlock(rows, start, regs);
      // Who each row of the block is, read from its registration: a unit's registration was last read many
      // rows ago, so each row waits on memory for it; here the block's reads wait together, where between
      // each row's evaluation they would wait one by one.
      for (let i = start, k = 0; i < end; i++, k++) {
        const row = rows[i];
        const reg = regs[k];
        const code = reg.valid;
        let name: string;
        if (reg.unitCell === row.unit && reg.unitName !== undefined) name = reg.unitName;
        else {
          name = cells.nameKey(row.unit);
          directory.add(code, name);
          reg.unitCell = row.unit;
          reg.unitName = name;
        }
        if (code !== null) {
          // The unit: the credit code cell's registration keeps it, so the unit is looked up once per code, not
          // once a row.
          blockUnits[k] = reg.unit ?? (reg.unit = units.of(code));
        } else {
          blockUnits[k] = NO_UNIT;
          names[at + k] = name;
        }
      }
      for (let i = start, k = 0; i < end; i++, k++) {
        const row = rows[i];
        refHashes[at] = row.refNo ? identifierHash(row.refNo) : -1;
        const d = evaluateRow(row, settings, regs[k], amounts, itemCells, cells);
        fileDrafts[i] = d;
        if (fileDrafts !== ordered) ordered[at] = d;
        d.unit = blockUnits[k];
        at++;
        const item = d.item;
        if (item !== null) {
          if (item.capGroup !== undefined) capped++;
          if (isPaidOnce(item)) once.push(d);
          if (item.loanMonths) loans.push(d);
          if (item.maxYears) years.push(d);
          if (item.rule.kind === "perFullTen") tens.push(d);
        }
      }
    }
    drafts.push(fileDrafts);
  }
  // Decision 27: an approval of a year before the policy's (the repealed 连政发〔2021〕79号) counts toward
  // nothing this policy limits.
  const entries = (options.history ?? []).filter((h) => h.year >= EDITION.firstYear);
  for (const h of entries) directory.add(cells.validCode(h.creditCode), cells.nameKey(h.unit));
  const ctx: BatchContext = {
    amounts, origin: originMaker(options.fileName), unitNo: (key) => ledger.numberOf(key), historyFile: options.historyFile,
  };

  // The unit of each row without a valid code, now that the directory is complete, then duplicates by
  // reference or person (decisions 10, 13), in one walk in batch order.
  const duplicates = new DuplicateFinder(ctx, ordered.length);
  for (let i = 0; i < ordered.length; i++) {
    const d = ordered[i];
    if (d.unitNo < 0) {
      const name = names[i];
      d.unit = units.of(directory.keyFor(null, name));
      const issue = directory.ambiguity(null, name, d.input.unit);
      if (issue) {
        addIssue(d, issue);
        // Decision 26: held against the rules of every unit it may be (their keys are their codes).
        if (issue.code === "UNIT_AMBIGUOUS") d.candidates = issue.codes;
      }
    }
    duplicates.check(d, i, refHashes[i]);
  }
  const history: KeyedHistory[] = entries.map((h) => {
    const unitKey = directory.keyOf(h).key;
    return { ...h, unitKey, unitNo: ledger.numberOf(unitKey) };
  });

  markOnceAwards(once, history, ctx);
  countLoanParts(loans, ctx);
  markTwoYear(years, history, ctx);
  countFullTens(tens, ctx);

  // Room for a slot per two capped rows, where a batch's units have several rows of a group a year (the
  // generated million: 0.6 slots a capped row), and for every capped row among the rows that used a cap; the
  // ledger grows past either as needed.
  ledger.reserve(Math.ceil(capped / 2), capped);
  for (const h of history) ledger.record(h.item, h.unitKey, h.year, historyCents(h.approved));
  // Each draft is settled into its own result: the lists of drafts are the lists of results. A block of rows
  // at a time: first where each row's cap is (capSlotOf), then the rows in order. A unit's cap was last used
  // many rows ago, so finding it waits on memory; the block's lookups, which do not depend on one another,
  // wait together, where between each row's settling they would wait one by one.
  const slots = new Int32Array(SETTLE_BLOCK);
  const settling: BatchContext = history.length === 0 ? ctx : { ...ctx, history };
  for (let start = 0; start < ordered.length; start += SETTLE_BLOCK) {
    const end = Math.min(ordered.length, start + SETTLE_BLOCK);
    for (let i = start; i < end; i++) slots[i - start] = capSlotOf(ordered[i], ledger);
    for (let i = start; i < end; i++) settle(ordered[i], slots[i - start], ledger, settling);
  }
  return drafts;
}

/** Rows settled together (checkBatch): the cap slots of a block are looked up before its rows are settled. */
const SETTLE_BLOCK = 128;
/** capSlotOf of a row that is ineligible (RowDraft.ineligible): it approves nothing. */
const INELIGIBLE_ROW = -2;
/** capSlotOf of an eligible row that uses no one slot: its item has no cap, or it may be several units. */
const NO_SLOT = -1;

/**
 * Where settle finds a row's cap: INELIGIBLE_ROW, NO_SLOT, or the slot of its unit, group and year in the
 * ledger (made on first use). Settling a row adds no issue that makes a row ineligible, and settles no other
 * row's unit, so what is found for a block's rows before they are settled holds when each is.
 */
function capSlotOf(d: RowDraft, ledger: CapLedger): number {
  const item = d.item;
  if (item === null || d.ineligible) return INELIGIBLE_ROW;
  const group = item.capGroup;
  if (group === undefined || d.candidates !== null) return NO_SLOT;
  return ledger.slotAt(group, d.unitNo, d.input.year!);
}

/** Who holds each group's cap, in both languages: one frozen word per group, shared by every cut row's step. */
const HOLDERS = Object.fromEntries(
  (Object.keys(CAP_GROUPS) as CapGroupId[]).map((g) => [g, Object.freeze({ zh: CAP_GROUPS[g].holder, en: CAP_GROUPS[g].holderEn })]),
) as Readonly<Record<CapGroupId, CountWord>>;

/** An approval of the history in whole 分: its reader takes money to two decimals, as the table's does. */
function historyCents(approved: Money): Cents {
  return wholeCentsOf(approved, "an approval of");
}

/**
 * Decisions 1, 8, 15, 23 and 26: requested, approvable, pending and excess, with the cap used up in order.
 * A row 待核实 approves nothing: what it would approve is pending and reserves its part of the cap as an
 * approval would, so no later row is approved beyond the cap however the fact is decided. In whole 分.
 * `slot`: where the row's cap is (capSlotOf).
 */
function settle(d: RowDraft, slot: number, ledger: CapLedger, ctx: BatchContext): void {
  const claimed = d.claimedCents;
  let eligible = 0;
  let approvable = 0;
  let pending = 0;

  if (slot !== INELIGIBLE_ROW) {
    const item = d.item!;
    eligible = d.computed!;
    const clause = item.clause;
    let wanted = eligible;
    if (claimed === null) addIssue(d, withAbsentColumn({ code: "NO_CLAIM", field: "claimed", clause, eligible }, d.input));
    else if (claimed > eligible) {
      addIssue(d, { code: "OVER_ELIGIBLE", field: "claimed", clause, claimed, eligible });
    } else {
      wanted = claimed;
      if (d.standard !== null && claimed < d.standard) {
        addIssue(d, { code: "BELOW_STANDARD", field: "claimed", clause, claimed, standard: d.standard });
      }
    }
    const year = d.input.year!;
    const group = item.capGroup;
    let least: number;
    let most: number;
    // Where the cap cut the row: the slot, what it had used and how many rows had used it, else slot -1.
    let cutSlot = -1;
    let cutUsed = 0;
    let cutRows = 0;
    if (d.candidates === null) {
      // One unit: what the cap leaves it.
      const left = group === undefined ? wanted : ledger.approveIn(slot, group, wanted, d.input.ref);
      if (group !== undefined && ledger.cutSlot >= 0) {
        cutSlot = ledger.cutSlot;
        cutUsed = ledger.cutUsed;
        cutRows = ledger.cutRows;
      }
      least = most = left;
    } else {
      // Decision 26: a row that may be one of several units is taken as each of them; it approves what every
      // one leaves, and what only some leave is pending.
      least = Infinity;
      most = 0;
      for (const unit of d.candidates) {
        const as = d.eligibleAs?.get(unit);
        let left = as !== undefined && as < wanted ? as : wanted;
        if (d.blocked?.has(unit)) left = 0;
        else if (group !== undefined) {
          left = ledger.approve(group, unit, year, left, d.input.ref);
          if (ledger.cutSlot >= 0 && (cutSlot < 0 || left > most)) {
            cutSlot = ledger.cutSlot;
            cutUsed = ledger.cutUsed;
            cutRows = ledger.cutRows;
          }
        }
        if (left < least) least = left;
        if (left > most) most = left;
      }
      if (least === Infinity) least = 0;
    }
    const held = isPending(d.issues);
    // The cap cuts the row only where it cuts it as every unit it may be.
    if (cutSlot >= 0 && most < wanted && group !== undefined) {
      const stepPending = held && most > 0;
      const own = d.input.ref;
      // A cut row says what the last cut row of its slot said where everything said is the same: once a cap
      // is used up, every later row of the unit, group and year is cut alike, and shares that row's message,
      // step and explanation (results are data, read and never changed).
      const notes = ledger.notesOf(cutSlot);
      let said = notes.said as CutSaid | null;
      if (
        said === null || said.used !== cutUsed || said.rows !== cutRows || said.file !== own.file || said.clause !== clause ||
        said.most !== most || said.pending !== stepPending
      ) {
        const capGroup = CAP_GROUPS[group];
        const cap = capCents(group);
        const historyUsed = ledger.fromHistory(cutSlot);
        const fromHistory = historyUsed > 0 ? historyUsed : null;
        const fromRows = originsOf(ledger, cutSlot, notes, cutRows, own, ctx);
        // Decision 21: the history's approvals that used this cap, by the file's rows (rare: read only here).
        const historyRows = fromHistory === null ? {} : historyAtField(ctx.historyFile, (ctx.history ?? []).filter(
          (h) => CapLedger.groupOf(h.item) === group && h.approved.gt(0) && ledger.slotAt(group, h.unitNo, h.year) === cutSlot,
        ));
        const issue: Issue = {
          code: "CAP_EXCEEDED", field: "claimed", clause, cap, used: cutUsed, left: Math.max(cap - cutUsed, 0),
          holder: capGroup.holder, holderEn: capGroup.holderEn, year, fromHistory: fromHistory ?? undefined, fromRows,
          ...historyRows,
        };
        const holder = HOLDERS[group];
        // Two literals rather than a spread of the optional field: a spread builds the step the slow way, as a
        // dictionary, on every cut row.
        const step: ExplainStep = stepPending
          ? { kind: "capRunning", cap, used: cutUsed, approvable: most, year, holder, fromHistory, fromRows, pending: true }
          : { kind: "capRunning", cap, used: cutUsed, approvable: most, year, holder, fromHistory, fromRows };
        said = { used: cutUsed, rows: cutRows, file: own.file, clause, most, pending: stepPending, issue, step, before: null, after: NO_STEPS };
        notes.said = said;
      }
      addIssue(d, said.issue);
      // Rows of one item and level share their explanation (./amountMemo), so most share the one with the step.
      // A rate row's shared steps take the cut after them and stay shared (./rateSteps): no step of its own.
      const steps = d.heldSteps;
      if (said.before !== steps) {
        said.before = steps;
        said.after = steps instanceof RateSteps ? steps.then(said.step) : steps.concat(said.step);
      }
      d.holdSteps(said.after);
    }
    if (held) pending = most;
    else {
      approvable = least;
      pending = most - approvable;
    }
  }
  // The eligible amount and the verdict follow from these and the row's issues (RowDraft).
  d.approvableCents = approvable;
  d.pendingCents = pending;
}

/** What a cut row said (SlotNotes.said), and what it said it of: its slot's state, file, clause and amount. */
interface CutSaid {
  readonly used: Cents;
  readonly rows: number;
  readonly file: number;
  readonly clause: string;
  readonly most: Cents;
  readonly pending: boolean;
  readonly issue: Issue;
  readonly step: ExplainStep;
  /** The last explanation the step was added to, and the result. */
  before: Explain | RateSteps | null;
  after: Explain | RateSteps;
}

/**
 * The rows that used the cap before a cut row, as its messages point at them. Once a cap is used up, every
 * later cut row of the unit, group and year names the same rows: they share the list made for the first.
 */
function originsOf(ledger: CapLedger, slot: number, notes: SlotNotes, count: number, own: RowRef, ctx: BatchContext): readonly Origin[] {
  const shown = notes.shown;
  // An origin depends on the row pointed at and on the file of the row pointing, nothing else (originMaker).
  if (shown !== null && shown.count === count && shown.file === own.file) return shown.list as readonly Origin[];
  const rows = ledger.rowsOf(slot, count);
  const list = new Array<Origin>(count);
  for (let i = 0; i < count; i++) list[i] = ctx.origin(rows[i], own);
  notes.shown = { file: own.file, count, list };
  return list;
}

/**
 * Decision 23 (verdictOfCents, the one rule) for amounts given as Money, as a host's own RowResult holds them:
 * whole 分, as the engine's are.
 */
export function verdictOf(ineligible: boolean, r: { requested: Money; approvable: Money; pending: Money }): Verdict {
  return verdictOfCents(ineligible, wholeCentsOf(r.requested, "requested"), wholeCentsOf(r.approvable, "approvable"), wholeCentsOf(r.pending, "pending"));
}
