/**
 * One row's eligible amount under its clause, with the calculation written out, before any cross-row rule.
 * Every figure comes from src/policy; this file only applies the rule kinds of MEASURES.md. Amounts are whole
 * 分 (decision 3 rounds every amount to the 分), as safe integers; what they cannot hold exactly (a rate of
 * many decimals, a product beyond 2^53) is computed in BigInt, exactly too.
 */
import { CAP_GROUPS } from "../policy/caps";
import type { Item, ItemCode } from "../policy/items";
import type { Level } from "../policy/levels";
import type { Cents, CountWord, Explain, ExplainStep } from "./explain";
import type { Issue } from "./issues";
import { centsOf, Decimal, formatRate, type Money } from "./money";
import { baseCentsOf, feesCentsOf } from "./rowCents";
import type { CheckSettings } from "./types";

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
  /** `base` and `fees` in whole 分 where the host has them (ClaimRow.baseCents, feesCents). */
  readonly baseCents?: number | null;
  readonly feesCents?: number | null;
  /** Per full ten (decision 4): what the unit counted this year on earlier rows of the item. */
  readonly countBefore?: number;
  /** One loan in parts (decision 5): the months of the same loan counted by earlier parts. */
  readonly monthsBefore?: number;
}

export type AmountOutcome =
  | {
      readonly ok: true;
      /** In whole 分. */
      readonly eligible: Cents;
      readonly explain: Explain;
      /** The single row was limited to its group's annual cap (decision 7). */
      readonly capped: boolean;
      /** For 给予 X items: the standard amount a lower claim is compared with, after the cap (decision 1); 分. */
      readonly standard: Cents | null;
      /** Warnings the calculation raises (RATE_FIXED, QUANTITY_IGNORED); RATE_ABOVE_MAX is an error but not ineligible. */
      readonly notes: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A policy figure ("20000") in whole 分. */
export function policyCents(text: string): Cents {
  return centsOf(new Decimal(text));
}

export function amountFor(item: Item, level: Level | null): string | null {
  const rule = item.rule;
  if (rule.kind !== "fixed" && rule.kind !== "upTo") return null;
  if (typeof rule.amount === "string") return rule.amount;
  return level ? rule.amount[level.name] ?? null : null;
}

/** The rate in force for an item: the year's setting, else the clause's figure (decision 2). */
export function rateInForce(item: Item, settings?: CheckSettings, figures: PolicyFigures = FRESH_FIGURES): { rate: Money; source: "setting" | "clause" } {
  const rule = item.rule;
  if (rule.kind !== "rate") throw new Error(`${item.code} has no rate`);
  const set = rule.ceiling ? settings?.rates?.[item.code as ItemCode] : undefined;
  return set ? { rate: set, source: "setting" } : { rate: figures.decimal(rule.rate), source: "clause" };
}

/** rateInForce's rate alone. */
export function rateValueInForce(item: Item, rule: RateRule, settings: CheckSettings | undefined, figures: PolicyFigures): Money {
  const set = rule.ceiling ? settings?.rates?.[item.code as ItemCode] : undefined;
  return set ?? figures.decimal(rule.rate);
}

/**
 * The rate a row is computed at (decision 2): the rate in force, lowered by the row's own 补助比例 where
 * that is lower. A row rate above the rate in force is RATE_ABOVE_MAX and the row is computed at the rate in
 * force; on a flat-rate item the row's rate is never applied (RATE_FIXED where it differs).
 */
export function rateFor(
  item: Item, rowRate: Money | null, settings?: CheckSettings, figures: PolicyFigures = FRESH_FIGURES,
): { rate: Money; issue?: Issue } {
  const rule = item.rule;
  if (rule.kind !== "rate") throw new Error(`${item.code} has no rate`);
  const { rate: inForce, source } = rateInForce(item, settings, figures);
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

const NO_NOTES: readonly Issue[] = Object.freeze([]);

export type RateRule = Extract<Item["rule"], { kind: "rate" }>;

/** A rate as the fraction num / den (den a power of ten), and its text; null where too long for whole numbers. */
export interface RateParts {
  readonly num: number;
  readonly den: number;
  readonly text: string;
}

export function rateParts(rate: Money): RateParts | null {
  const places = rate.decimalPlaces();
  const den = 10 ** places;
  const num = places <= 12 ? rate.times(den).toNumber() : NaN;
  return Number.isSafeInteger(num) && num >= 0 ? { num, den, text: rate.toString() } : null;
}

/**
 * n / d half-up (n ≥ 0, d > 0, both whole and below 2^53): the remainder and the quotient are exact. A
 * quotient that fits 32 bits is handed on as such, so V8 keeps it in the object it is stored in rather than
 * in a box of its own (a quotient of a division is otherwise a float to the compiler).
 */
export function halfUp(n: number, d: number): number {
  const r = n % d;
  const q = (n - r) / d + (r * 2 >= d ? 1 : 0);
  return (q | 0) === q ? q | 0 : q;
}

/** A rate row's step (decision 3): its `result` is the row's amount. */
type RateStep = Extract<ExplainStep, { kind: "rate" | "loan" }>;

/**
 * A rate row in whole 分, where every figure is a whole number of 分 and every product stays below 2^53: exact.
 * The amount is the exact fraction product / den (den × months for a loan part that counts some of its months)
 * rounded once, half-up (decision 3): below 2^53 a double holds every whole number, so the product, the
 * remainder (%) and the quotient of the whole numbers are exact, and the remainder decides the half exactly.
 * Null sends the row to rateExactly: a rate of more than 12 places, or a product beyond 2^53.
 */
function rateInCents(rule: RateRule, parts: RateParts, baseName: CountWord, input: AmountInput): RateStep | null {
  const baseC = baseCentsOf(input)!;
  if (!(baseC >= 0)) return null;
  const { num, den } = parts;
  if (rule.base !== "loan") {
    const product = baseC * num;
    if (product > Number.MAX_SAFE_INTEGER) return null;
    return { kind: "rate", rate: parts.text, base: baseC, result: halfUp(product, den), baseName, ceiling: rule.ceiling };
  }
  const feesC = feesCentsOf(input) ?? 0;
  if (!(feesC >= 0)) return null;
  const months = input.months!;
  const maxMonths = input.item.loanMonths!;
  const before = input.monthsBefore ?? 0;
  if (!Number.isSafeInteger(months) || !Number.isSafeInteger(before)) return null;
  const countedMonths = Math.max(0, Math.min(months, maxMonths - before));
  const result = loanPartCents(baseC, feesC, months, countedMonths, num, den);
  if (result === null) return null;
  return loanStep(parts.text, baseC, months, countedMonths, maxMonths, before, countedInterestOf(baseC, months, countedMonths), feesC === 0 ? null : feesC, result);
}

/**
 * A loan part's amount in 分: rate (num / den) × (its interest × countedMonths / months + its fees), half-up
 * (decisions 3, 5); null where a product passes 2^53 (the caller then works otherwise). The one rule for the
 * calculation's loan step and for the plain path of first parts (./amountMemo).
 */
export function loanPartCents(interest: Cents, fees: Cents, months: number, countedMonths: number, num: number, den: number): Cents | null {
  if (countedMonths === months) {
    const product = (interest + fees) * num;
    return product > Number.MAX_SAFE_INTEGER ? null : halfUp(product, den);
  }
  // rate × (interest × counted / months + fees) = num × (interest × counted + fees × months) / (den × months).
  const product = (interest * countedMonths + fees * months) * num;
  const d = den * months;
  return product > Number.MAX_SAFE_INTEGER || d > Number.MAX_SAFE_INTEGER ? null : halfUp(product, d);
}

/** The interest that counts, to the 分 for display: interest × countedMonths / months, half-up (decision 3). */
export function countedInterestOf(interest: Cents, months: number, countedMonths: number): Cents {
  return countedMonths === months ? interest : halfUp(interest * countedMonths, months);
}

type LoanStep = Extract<ExplainStep, { kind: "loan" }>;

/**
 * A loan part's step, its fields always in this order: the calculation's two paths and a shared step made
 * again when a reader asks (./rateSteps) give the same object, key for key.
 */
export function loanStep(
  rate: string, interest: Cents, months: number, countedMonths: number, maxMonths: number, monthsBefore: number,
  countedInterest: Cents, fees: Cents | null, result: Cents,
): LoanStep {
  return { kind: "loan", rate, interest, months, countedMonths, maxMonths, monthsBefore, countedInterest, fees, result };
}

/** A decimal value as the fraction n / 10^places, exactly, read through decimal.js's public methods. */
function fractionOf(value: Money): { readonly n: bigint; readonly scale: bigint } {
  const places = value.decimalPlaces();
  // Scaling by a power of ten moves the exponent only: no digit is lost, and the result is a whole number.
  return { n: BigInt(value.times(new Decimal(10).pow(places)).toFixed(0)), scale: 10n ** BigInt(places) };
}

/** n / d half-up in whole numbers of any size (n ≥ 0, d > 0), as a number of 分; NaN beyond 2^53, as centsOf. */
function halfUpBig(n: bigint, d: bigint): number {
  const q = (n % d) * 2n >= d ? n / d + 1n : n / d;
  return q > BigInt(Number.MAX_SAFE_INTEGER) ? NaN : Number(q);
}

/**
 * The same computation as rateInCents for what it leaves (a long rate, a product beyond 2^53), in BigInt: the
 * exact fraction rounded once, half-up (decision 3). Every value is read as n / 10^places, so nothing is
 * rounded before the end, where a decimal computation to a fixed number of digits would round a loan part's
 * share of interest that does not end, and so could land below a half that is exact.
 */
function rateExactly(rule: RateRule, rate: Money, input: AmountInput): RateStep {
  const base = input.base!;
  const r = fractionOf(rate);
  const b = fractionOf(base);
  if (rule.base === "loan") {
    const months = input.months!;
    const maxMonths = input.item.loanMonths!;
    const before = input.monthsBefore ?? 0;
    const countedMonths = Math.max(0, Math.min(months, maxMonths - before));
    const fees = input.fees && !input.fees.isZero() ? input.fees : null;
    const f = fees ? fractionOf(fees) : { n: 0n, scale: 1n };
    const m = BigInt(months);
    const c = BigInt(countedMonths);
    // 分 = 100 × rate × (interest × c / m + fees) = 100 × rn × (bn × c × fs + fn × m × bs) / (rs × bs × fs × m).
    const result = halfUpBig(100n * r.n * (b.n * c * f.scale + f.n * m * b.scale), r.scale * b.scale * f.scale * m);
    return loanStep(
      rate.toString(), baseCentsOf(input)!, months, countedMonths, maxMonths, before, halfUpBig(100n * b.n * c, b.scale * m),
      fees ? feesCentsOf(input) : null, result,
    );
  }
  return {
    kind: "rate", rate: rate.toString(), base: baseCentsOf(input)!, result: halfUpBig(100n * r.n * b.n, r.scale * b.scale),
    baseName: { zh: rule.baseName, en: rule.baseNameEn }, ceiling: rule.ceiling,
  };
}

/**
 * What computeAmount looks up of the policy for an item (its figures in 分, its rate's parts): made once per
 * batch by ./amountMemo, or afresh by a single computation.
 */
export interface PolicyFigures {
  cents(text: string): Cents;
  decimal(text: string): Money;
  rateParts(rate: Money): RateParts | null;
  baseName(rule: RateRule): CountWord;
}

export const FRESH_FIGURES: PolicyFigures = {
  cents: policyCents,
  decimal: (text) => new Decimal(text),
  rateParts,
  baseName: (rule) => ({ zh: rule.baseName, en: rule.baseNameEn }),
};

function tooLarge(clause: string, quantity: number): AmountOutcome {
  return { ok: false, issues: [{ code: "BAD_NUMBER", field: "quantity", clause, found: String(quantity), expected: "integer", problem: "too-large" }] };
}

export function computeAmount(input: AmountInput, settings?: CheckSettings, figures: PolicyFigures = FRESH_FIGURES): AmountOutcome {
  const { item } = input;
  const rule = item.rule;
  const clause = item.clause;
  let issues: Issue[] | null = null;
  let notes: Issue[] | null = null;

  if (rule.kind === "none") return { ok: false, issues: [{ code: "NO_AMOUNT_CLAUSE", field: "item", clause }] };
  if (item.levelRequired && !input.level) issues = [{ code: "MISSING_VALUE", field: "level", clause }];

  let eligible: Cents;
  let step: ExplainStep;
  let standard: Cents | null = null;

  if (rule.kind === "rate") {
    if (item.once && input.quantity !== null && input.quantity > 1) {
      // Decision 10: a per-project rate award (PATENT_PRIZE) is one award whatever the quantity.
      notes = [{ code: "QUANTITY_IGNORED", field: "quantity", clause, quantity: input.quantity }];
    }
    // The rate in force, lowered by the row's own rate where it may be (decision 2).
    let rate = rateValueInForce(item, rule, settings, figures);
    if (input.rate !== null) {
      const own = rateFor(item, input.rate, settings, figures);
      rate = own.rate;
      if (own.issue) (notes ??= []).push(own.issue);
    }
    if (input.base === null) (issues ??= []).push({ code: "MISSING_VALUE", field: "base", clause });
    if (rule.base === "loan" && input.months === null) (issues ??= []).push({ code: "MISSING_VALUE", field: "months", clause });
    if (rule.base === "loan" && input.months !== null && input.months <= 0) {
      (issues ??= []).push({ code: "BAD_NUMBER", field: "months", clause, found: String(input.months), expected: "positive-integer", problem: "zero" });
    }
    if (issues) return { ok: false, issues };
    const parts = figures.rateParts(rate);
    step = (parts && rateInCents(rule, parts, figures.baseName(rule), input)) ?? rateExactly(rule, rate, input);
    eligible = step.result;
  } else {
    const per = rule.per;
    let quantity = input.quantity ?? (per.required ? null : 1);
    if (quantity === null) (issues ??= []).push({ code: "MISSING_VALUE", field: "quantity", clause });
    if (issues) return { ok: false, issues };
    if (quantity === 0 && item.once) {
      // Decision 25: an item paid once per unit or project reads 0 as it reads a blank: one award. An item
      // paid per piece (GI, IP_STANDARD …) reads 0 as no pieces: eligible 0, and a claim is excess.
      notes = [{ code: "QUANTITY_IGNORED", field: "quantity", clause, quantity: 0 }];
      quantity = 1;
    }
    if (item.once && quantity! > 1) {
      // Decision 10: paid once per unit or project, not per piece.
      notes = [{ code: "QUANTITY_IGNORED", field: "quantity", clause, quantity: quantity! }];
      quantity = 1;
    }
    if (rule.kind === "perFullTen") {
      const each = figures.cents(rule.amount);
      const before = input.countBefore ?? 0;
      const tens = Math.floor((before + quantity!) / rule.size);
      const tensBefore = Math.floor(before / rule.size);
      const total = each * tens;
      // Beyond 2^53 分 (some 90 trillion 元) no amount is exact in whole numbers: the quantity is too large.
      if (!Number.isSafeInteger(total)) return tooLarge(clause, quantity!);
      const totalBefore = each * tensBefore;
      eligible = total - totalBefore;
      step = {
        kind: "perFullTen", each, size: rule.size, per: { zh: per.zh, en: per.en }, quantity: quantity!,
        before, tens, tensBefore, total, totalBefore, result: eligible,
      };
      standard = eligible;
    } else {
      const amount = amountFor(item, input.level);
      if (amount === null) return { ok: false, issues: [{ code: "MISSING_VALUE", field: "level", clause }] };
      const each = figures.cents(amount);
      eligible = each * quantity!;
      if (!Number.isSafeInteger(eligible)) return tooLarge(clause, quantity!);
      // Where the quantity multiplies (GI's 每项 with 数量 3), the calculation shows it, whether the quantity was
      // required or a blank would have been one.
      const counted = per.required || quantity !== 1;
      step = { kind: "amount", each, quantity: quantity!, per: counted ? { zh: per.zh, en: per.en } : null, upTo: rule.kind === "upTo", result: eligible };
      if (rule.kind === "fixed") standard = eligible;
    }
  }

  let capped = false;
  let capStep: ExplainStep | null = null;
  if (item.capGroup) {
    const cap = figures.cents(CAP_GROUPS[item.capGroup].amount);
    if (eligible > cap) {
      eligible = cap;
      capped = true;
      capStep = { kind: "capSingle", cap, result: cap };
      // Decision 1: the standard a claim is compared with is the row's amount after the cap.
      if (standard !== null) standard = cap;
    }
  }
  const read = rule.kind === "rate" ? percentStep(input, settings) : null;
  // The calculation is one step, with the rate's reading before it and the single row's cap after it.
  const explain: Explain = read === null ? (capStep === null ? [step] : [step, capStep]) : capStep === null ? [read, step] : [read, step, capStep];
  return { ok: true, eligible, explain, capped, standard, notes: notes ?? NO_NOTES };
}
