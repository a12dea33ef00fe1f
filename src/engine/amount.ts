/**
 * One row's eligible amount under its clause, with the calculation written out, before any cross-row rule.
 * Every figure comes from src/policy; this file only applies the rule kinds of MEASURES.md.
 */
import { CAP_GROUPS, type Item, type ItemCode, type Level } from "../policy";
import type { CountWord, Explain, ExplainStep } from "./explain";
import type { Issue } from "./issues";
import { centsOf, Decimal, formatCents, formatMoney, formatRate, moneyOfCents, toCents, type Money } from "./money";
import type { CheckSettings, ClaimRow } from "./types";

export interface AmountInput {
  readonly item: Item;
  readonly level: Level | null;
  readonly quantity: number | null;
  readonly base: Money | null;
  readonly months: number | null;
  readonly fees: Money | null;
  /** A row's own rate, where given (decision 2): it may only lower the rate in force. */
  readonly rate: Money | null;
  /** The row's rate was typed as a bare number above 1 and read as a percentage (decision 28). */
  readonly ratePercent?: boolean;
  /** Per full ten (decision 4): what the unit counted this year on earlier rows of the item. */
  readonly countBefore?: number;
  /** One loan in parts (decision 5): the months of the same loan counted by earlier parts. */
  readonly monthsBefore?: number;
}

export type AmountOutcome =
  | {
      readonly ok: true;
      readonly eligible: Money;
      readonly explain: Explain;
      /** The single row was limited to its group's annual cap (decision 7). */
      readonly capped: boolean;
      /** For 给予 X items: the standard amount a lower claim is compared with, after the cap (decision 1). */
      readonly standard: Money | null;
      /** Warnings the calculation raises (RATE_FIXED, QUANTITY_IGNORED); RATE_ABOVE_MAX is an error but not ineligible. */
      readonly notes: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const decimals = new Map<string, Money>();
/** Policy figures are strings in src/policy; each is made a Decimal once. */
function dec(text: string): Money {
  let d = decimals.get(text);
  if (!d) decimals.set(text, (d = new Decimal(text)));
  return d;
}

export function amountFor(item: Item, level: Level | null): string | null {
  const rule = item.rule;
  if (rule.kind !== "fixed" && rule.kind !== "upTo") return null;
  if (typeof rule.amount === "string") return rule.amount;
  return level ? rule.amount[level.name] ?? null : null;
}

/** The rate in force for an item: the year's setting, else the clause's figure (decision 2). */
export function rateInForce(item: Item, settings?: CheckSettings): { rate: Money; source: "setting" | "clause" } {
  const rule = item.rule;
  if (rule.kind !== "rate") throw new Error(`${item.code} has no rate`);
  const set = rule.ceiling ? settings?.rates?.[item.code as ItemCode] : undefined;
  return set ? { rate: set, source: "setting" } : { rate: dec(rule.rate), source: "clause" };
}

/**
 * The rate a row is computed at (decision 2): the rate in force, lowered by the row's own 补助比例 where
 * that is lower. A row rate above the rate in force is RATE_ABOVE_MAX and the row is computed at the rate in
 * force; on a flat-rate item the row's rate is never applied (RATE_FIXED where it differs).
 */
export function rateFor(item: Item, rowRate: Money | null, settings?: CheckSettings): { rate: Money; issue?: Issue } {
  const rule = item.rule;
  if (rule.kind !== "rate") throw new Error(`${item.code} has no rate`);
  const { rate: inForce, source } = rateInForce(item, settings);
  if (rowRate === null) return { rate: inForce };
  if (!rule.ceiling) {
    if (rowRate.eq(inForce)) return { rate: inForce };
    return { rate: inForce, issue: { code: "RATE_FIXED", field: "rate", clause: item.clause, rate: formatRate(rowRate), fixed: formatRate(inForce) } };
  }
  if (rowRate.gt(inForce)) {
    return {
      rate: inForce,
      issue: { code: "RATE_ABOVE_MAX", field: "rate", clause: item.clause, rate: formatRate(rowRate), max: formatRate(inForce), source },
    };
  }
  return { rate: rowRate };
}

/**
 * Where a rate the row uses was typed as a bare number above 1 and read as a percentage (decision 28), the
 * explanation says so first: the row's own 补助比例, else the year's setting.
 */
function percentStep(input: AmountInput, settings?: CheckSettings): ExplainStep | null {
  const code = input.item.code as ItemCode;
  if (input.rate !== null && input.ratePercent) {
    return { kind: "percentRate", typed: input.rate.times(100).toString(), rate: input.rate.toString(), place: "row" };
  }
  const set = settings?.rates?.[code];
  if (input.rate === null && set && settings?.percentTyped?.[code] && rateInForce(input.item, settings).source === "setting") {
    return { kind: "percentRate", typed: set.times(100).toString(), rate: set.toString(), place: "setting" };
  }
  return null;
}

const counted = new Map<Item, Map<Level | null, Map<number | null, AmountOutcome>>>();
let countedSize = 0;

/**
 * computeAmount, remembering outcomes that depend on the item, level and quantity alone (every rule but a
 * rate, on a row that shares no count with earlier rows): a batch repeats them row after row, and the
 * outcome (an immutable amount and its steps) can be shared.
 */
export function computeAmountShared(input: AmountInput, settings?: CheckSettings): AmountOutcome {
  if (input.item.rule.kind === "rate" || input.countBefore || input.monthsBefore) return computeAmount(input, settings);
  return sharedOutcome(input.item, input.level, input.quantity, input, settings);
}

function sharedOutcome(item: Item, level: Level | null, quantity: number | null, input: AmountInput | null, settings?: CheckSettings): AmountOutcome {
  let byLevel = counted.get(item);
  if (!byLevel) counted.set(item, (byLevel = new Map()));
  let byQuantity = byLevel.get(level);
  if (!byQuantity) byLevel.set(level, (byQuantity = new Map()));
  let outcome = byQuantity.get(quantity);
  if (!outcome) {
    outcome = computeAmount(input ?? { item, level, quantity, base: null, months: null, fees: null, rate: null }, settings);
    if (countedSize >= 10_000) {
      counted.clear();
      countedSize = 0;
      return outcome;
    }
    byQuantity.set(quantity, outcome);
    countedSize++;
  }
  return outcome;
}

/** A row's amount as it stands on its own (no earlier rows counted): computeAmountShared without building its input. */
export function amountOfRow(item: Item, level: Level | null, row: ClaimRow, settings?: CheckSettings): AmountOutcome {
  if (item.rule.kind === "rate") {
    return computeAmount({
      item, level, quantity: row.quantity, base: row.base, months: row.months, fees: row.fees, rate: row.rate, ratePercent: row.ratePercent,
    }, settings);
  }
  return sharedOutcome(item, level, row.quantity, null, settings);
}

const NO_NOTES: readonly Issue[] = Object.freeze([]);

type RateRule = Extract<Item["rule"], { kind: "rate" }>;

/** A rate as the fraction num / den (den a power of ten), and its text; null where too long for whole numbers. */
interface RateParts {
  readonly num: number;
  readonly den: number;
  readonly text: string;
}
const rateParts = new Map<Money, RateParts | null>();

function partsOfRate(rate: Money): RateParts | null {
  let parts = rateParts.get(rate);
  if (parts === undefined) {
    const places = rate.decimalPlaces();
    const den = 10 ** places;
    const num = places <= 12 ? rate.times(den).toNumber() : NaN;
    parts = Number.isSafeInteger(num) && num >= 0 ? { num, den, text: rate.toString() } : null;
    if (rateParts.size >= 1_000) rateParts.clear();
    rateParts.set(rate, parts);
  }
  return parts;
}

const baseNames = new Map<RateRule, CountWord>();
function baseNameOf(rule: RateRule): CountWord {
  let word = baseNames.get(rule);
  if (!word) baseNames.set(rule, (word = Object.freeze({ zh: rule.baseName, en: rule.baseNameEn })));
  return word;
}

/** n / d half-up (n ≥ 0, d > 0, both whole and below 2^53), and whether it was exactly half way. */
function halfUp(n: number, d: number): number {
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q--;
    r += d;
  } else if (r >= d) {
    q++;
    r -= d;
  }
  halfWay = r * 2 === d;
  return r * 2 >= d ? q + 1 : q;
}
let halfWay = false;
let fastEligible: Money;

/**
 * A rate row in whole 分 (decision 3), where every figure is a whole number of 分 and every product stays
 * below 2^53: the same amount and step as the decimal computation, which is exact. Null sends the row to
 * the decimal computation: values beyond that, and a loan part whose share of the interest does not end
 * (interest × counted ÷ months) while the result lies exactly half way between two 分, where the decimal
 * computation's 40 digits decide.
 */
function rateInCents(rule: RateRule, rate: Money, input: AmountInput): ExplainStep | null {
  const parts = partsOfRate(rate);
  if (parts === null) return null;
  const baseC = centsOf(input.base!);
  if (!(baseC >= 0)) return null;
  const { num, den } = parts;
  if (rule.base !== "loan") {
    const product = baseC * num;
    if (product > Number.MAX_SAFE_INTEGER) return null;
    const result = halfUp(product, den);
    fastEligible = moneyOfCents(result);
    return {
      kind: "rate", rate: parts.text, base: formatCents(baseC), result: formatCents(result), baseName: baseNameOf(rule), ceiling: rule.ceiling,
    };
  }
  const feesC = input.fees === null ? 0 : centsOf(input.fees);
  if (!(feesC >= 0)) return null;
  const months = input.months!;
  const maxMonths = input.item.loanMonths!;
  const before = input.monthsBefore ?? 0;
  if (!Number.isSafeInteger(months) || !Number.isSafeInteger(before)) return null;
  const countedMonths = Math.max(0, Math.min(months, maxMonths - before));
  let result: number;
  let countedInterest: number;
  if (countedMonths === months) {
    const product = (baseC + feesC) * num;
    if (product > Number.MAX_SAFE_INTEGER) return null;
    result = halfUp(product, den);
    countedInterest = baseC;
  } else {
    const share = baseC * countedMonths;
    const sum = share + feesC * months;
    const product = sum * num;
    const d = den * months;
    if (product > Number.MAX_SAFE_INTEGER || d > Number.MAX_SAFE_INTEGER) return null;
    result = halfUp(product, d);
    const ends = share % months === 0 || isTerminating(share, months);
    if (halfWay && !ends) return null;
    countedInterest = halfUp(share, months);
  }
  fastEligible = moneyOfCents(result);
  return {
    kind: "loan", rate: parts.text, interest: formatCents(baseC), months, countedMonths, maxMonths, monthsBefore: before,
    countedInterest: formatCents(countedInterest), fees: feesC === 0 ? null : formatCents(feesC), result: formatCents(result),
  };
}

/** Whether n / d (whole, d > 0) is a decimal with an end: d over gcd(n, d) has no prime factor but 2 and 5. */
function isTerminating(n: number, d: number): boolean {
  let a = n;
  let b = d;
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  let rest = d / a;
  while (rest % 2 === 0) rest /= 2;
  while (rest % 5 === 0) rest /= 5;
  return rest === 1;
}

export function computeAmount(input: AmountInput, settings?: CheckSettings): AmountOutcome {
  const { item } = input;
  const rule = item.rule;
  const clause = item.clause;
  const issues: Issue[] = [];
  const notes: Issue[] = [];

  if (rule.kind === "none") return { ok: false, issues: [{ code: "NO_AMOUNT_CLAUSE", field: "item", clause }] };
  if (item.levelRequired && !input.level) issues.push({ code: "MISSING_VALUE", field: "level", clause });

  let eligible: Money;
  // The calculation is one step, and a second where the single row is capped: built as a list of its own
  // length at the end (a list grown by push would reserve room for many).
  let step: ExplainStep;
  let capStep: ExplainStep | null = null;
  let standard: Money | null = null;

  if (rule.kind === "rate") {
    if (item.once && input.quantity !== null && input.quantity > 1) {
      // Decision 10: a per-project rate award (PATENT_PRIZE) is one award whatever the quantity.
      notes.push({ code: "QUANTITY_IGNORED", field: "quantity", clause, quantity: input.quantity });
    }
    const { rate, issue } = rateFor(item, input.rate, settings);
    if (issue) notes.push(issue);
    if (input.base === null) issues.push({ code: "MISSING_VALUE", field: "base", clause });
    if (rule.base === "loan" && input.months === null) issues.push({ code: "MISSING_VALUE", field: "months", clause });
    if (rule.base === "loan" && input.months !== null && input.months <= 0) {
      issues.push({ code: "BAD_NUMBER", field: "months", clause, found: String(input.months), expected: "positive-integer", problem: "zero" });
    }
    if (issues.length) return { ok: false, issues };
    const base = input.base!;
    const fast = rateInCents(rule, rate, input);
    if (fast !== null) {
      eligible = fastEligible;
      step = fast;
    } else if (rule.base === "loan") {
      const months = input.months!;
      const maxMonths = item.loanMonths!;
      const before = input.monthsBefore ?? 0;
      const countedMonths = Math.max(0, Math.min(months, maxMonths - before));
      const fees = input.fees && !input.fees.isZero() ? input.fees : null;
      const interest = countedMonths === months ? base : base.times(countedMonths).dividedBy(months);
      eligible = toCents(rate.times(fees ? interest.plus(fees) : interest));
      step = {
        kind: "loan", rate: rate.toString(), interest: formatMoney(base), months, countedMonths, maxMonths,
        monthsBefore: before, countedInterest: formatMoney(toCents(interest)), fees: fees ? formatMoney(fees) : null, result: formatMoney(eligible),
      };
    } else {
      eligible = toCents(rate.times(base));
      step = {
        kind: "rate", rate: rate.toString(), base: formatMoney(base), result: formatMoney(eligible),
        baseName: { zh: rule.baseName, en: rule.baseNameEn }, ceiling: rule.ceiling,
      };
    }
  } else {
    const per = rule.per;
    let quantity = input.quantity ?? (per.required ? null : 1);
    if (quantity === null) issues.push({ code: "MISSING_VALUE", field: "quantity", clause });
    if (issues.length) return { ok: false, issues };
    if (quantity === 0 && item.once) {
      // Decision 25: an item paid once per unit or project reads 0 as it reads a blank: one award. An item
      // paid per piece (GI, IP_STANDARD …) reads 0 as no pieces: eligible 0, and a claim is excess.
      notes.push({ code: "QUANTITY_IGNORED", field: "quantity", clause, quantity: 0 });
      quantity = 1;
    }
    if (item.once && quantity! > 1) {
      // Decision 10: paid once per unit or project, not per piece.
      notes.push({ code: "QUANTITY_IGNORED", field: "quantity", clause, quantity: quantity! });
      quantity = 1;
    }
    if (rule.kind === "perFullTen") {
      const each = dec(rule.amount);
      const before = input.countBefore ?? 0;
      const tens = Math.floor((before + quantity!) / rule.size);
      const tensBefore = Math.floor(before / rule.size);
      const total = each.times(tens);
      const totalBefore = each.times(tensBefore);
      eligible = total.minus(totalBefore);
      step = {
        kind: "perFullTen", each: formatMoney(each), size: rule.size, per: { zh: per.zh, en: per.en }, quantity: quantity!,
        before, tens, tensBefore, total: formatMoney(total), totalBefore: formatMoney(totalBefore), result: formatMoney(eligible),
      };
      standard = eligible;
    } else {
      const amount = amountFor(item, input.level);
      if (amount === null) return { ok: false, issues: [{ code: "MISSING_VALUE", field: "level", clause }] };
      const each = dec(amount);
      eligible = each.times(quantity!);
      step = {
        kind: "amount", each: formatMoney(each), quantity: quantity!, per: per.required ? { zh: per.zh, en: per.en } : null,
        upTo: rule.kind === "upTo", result: formatMoney(eligible),
      };
      if (rule.kind === "fixed") standard = eligible;
    }
  }

  let capped = false;
  if (item.capGroup) {
    const cap = dec(CAP_GROUPS[item.capGroup].amount);
    if (eligible.gt(cap)) {
      eligible = cap;
      capped = true;
      capStep = { kind: "capSingle", cap: formatMoney(cap), result: formatMoney(cap) };
      // Decision 1: the standard a claim is compared with is the row's amount after the cap.
      if (standard) standard = cap;
    }
  }
  const read = rule.kind === "rate" ? percentStep(input, settings) : null;
  const explain: Explain = [...(read ? [read] : []), step!, ...(capStep ? [capStep] : [])];
  return { ok: true, eligible, explain, capped, standard, notes: notes.length ? notes : NO_NOTES };
}
