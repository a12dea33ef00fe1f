/**
 * One row's eligible amount under its clause, with the calculation written out, before any cross-row rule.
 * Every figure comes from src/policy; this file only applies the rule kinds of MEASURES.md.
 */
import { CAP_GROUPS, type Item, type ItemCode, type Level } from "../policy";
import type { Issue } from "./issues";
import { Decimal, formatMoney, formatRate, toCents, type Money } from "./money";
import type { CheckSettings } from "./types";

export interface AmountInput {
  readonly item: Item;
  readonly level: Level | null;
  readonly quantity: number | null;
  readonly base: Money | null;
  readonly months: number | null;
  readonly fees: Money | null;
  /** A row's own rate, where given; else the settings' rate for the item; else the clause's. */
  readonly rate: Money | null;
}

export type AmountOutcome =
  | {
      readonly ok: true;
      readonly eligible: Money;
      readonly explain: string;
      /** The single row was limited to its group's annual cap (decision 7). */
      readonly capped: boolean;
      /** For 给予 X items: the standard amount a lower claim is compared with (decision 1). */
      readonly standard: Money | null;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The loan-interest months that count: 单笔贷款利息补助不超过 1 年 (decision 5). */
const MONTHS_PER_YEAR = 12;

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

/** The rate a row is computed at, and whether it breaks the clause's maximum (decision 2). */
export function rateFor(item: Item, rowRate: Money | null, settings?: CheckSettings): { rate: Money; issue?: Issue } {
  const rule = item.rule;
  if (rule.kind !== "rate") throw new Error(`${item.code} has no rate`);
  const max = dec(rule.rate);
  const rate = rowRate ?? settings?.rates?.[item.code as ItemCode] ?? max;
  if (rate.gt(max)) {
    return {
      rate,
      issue: { code: "RATE_ABOVE_MAX", field: "rate", clause: item.clause, rate: formatRate(rate), max: formatRate(max) },
    };
  }
  return { rate };
}

const counted = new Map<string, AmountOutcome>();

/**
 * computeAmount, remembering outcomes that depend on the item, level and quantity alone (every rule but a
 * rate): a batch repeats them row after row, and the outcome (an immutable amount and its explanation)
 * can be shared.
 */
export function computeAmountShared(input: AmountInput, settings?: CheckSettings): AmountOutcome {
  if (input.item.rule.kind === "rate") return computeAmount(input, settings);
  const key = `${input.item.code}\u0000${input.level?.name ?? ""}\u0000${input.quantity ?? ""}`;
  let outcome = counted.get(key);
  if (!outcome) {
    outcome = computeAmount(input, settings);
    if (counted.size >= 10_000) counted.clear();
    counted.set(key, outcome);
  }
  return outcome;
}

export function computeAmount(input: AmountInput, settings?: CheckSettings): AmountOutcome {
  const { item } = input;
  const rule = item.rule;
  const clause = item.clause;
  const issues: Issue[] = [];

  if (rule.kind === "none") return { ok: false, issues: [{ code: "NO_AMOUNT_CLAUSE", field: "item", clause }] };
  if (item.levelRequired && !input.level) issues.push({ code: "MISSING_VALUE", field: "level", clause });

  let eligible: Money;
  let explain: string;
  let standard: Money | null = null;

  if (rule.kind === "rate") {
    const { rate, issue } = rateFor(item, input.rate, settings);
    if (issue) issues.push(issue);
    if (input.base === null) issues.push({ code: "MISSING_VALUE", field: "base", clause });
    if (rule.base === "loan" && input.months === null) issues.push({ code: "MISSING_VALUE", field: "months", clause });
    if (rule.base === "loan" && input.months !== null && input.months <= 0) {
      issues.push({ code: "BAD_NUMBER", field: "months", clause, found: String(input.months), expected: "positive-integer", problem: "zero" });
    }
    if (issues.length) return { ok: false, issues };
    const base = input.base!;
    if (rule.base === "loan") {
      const months = input.months!;
      const fees = input.fees;
      const counted = months > MONTHS_PER_YEAR ? base.times(MONTHS_PER_YEAR).dividedBy(months) : base;
      const interestText = months > MONTHS_PER_YEAR ? `${formatMoney(base)} × ${MONTHS_PER_YEAR}/${months}` : formatMoney(base);
      const sum = fees && !fees.isZero() ? counted.plus(fees) : counted;
      eligible = toCents(rate.times(sum));
      const inner = fees && !fees.isZero() ? `${interestText} + ${formatMoney(fees)}` : interestText;
      explain = `${formatRate(rate)} × (${inner}) = ${formatMoney(eligible)}`;
    } else {
      eligible = toCents(rate.times(base));
      explain = `${formatRate(rate)} × ${formatMoney(base)} = ${formatMoney(eligible)}`;
    }
  } else {
    const per = rule.per;
    const quantity = input.quantity ?? (per.required ? null : 1);
    if (quantity === null) issues.push({ code: "MISSING_VALUE", field: "quantity", clause });
    if (issues.length) return { ok: false, issues };
    if (rule.kind === "perFullTen") {
      const each = dec(rule.amount);
      const tens = Math.floor(quantity! / 10);
      eligible = each.times(tens);
      explain = `${formatMoney(each)} × ⌊${quantity}${per.zh}/10⌋ = ${formatMoney(eligible)}`;
      standard = eligible;
    } else {
      const amount = amountFor(item, input.level);
      if (amount === null) return { ok: false, issues: [{ code: "MISSING_VALUE", field: "level", clause }] };
      const each = dec(amount);
      eligible = each.times(quantity!);
      const prefix = rule.kind === "upTo" ? "最高 " : "";
      explain = quantity === 1 && !per.required
        ? `${prefix}${formatMoney(eligible)}`
        : `${prefix}${formatMoney(each)} × ${quantity}${per.zh} = ${formatMoney(eligible)}`;
      if (rule.kind === "fixed") standard = eligible;
    }
  }

  let capped = false;
  if (item.capGroup) {
    const cap = dec(CAP_GROUPS[item.capGroup].amount);
    if (eligible.gt(cap)) {
      eligible = cap;
      capped = true;
      explain += ` → 年度上限 ${formatMoney(cap)}`;
    }
  }
  return { ok: true, eligible, explain, capped, standard };
}
