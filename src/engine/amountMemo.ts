/**
 * What one check remembers of its amounts: the policy's figures in 分, the parts of each rate, and the outcome
 * of every computation that depends on the item, level and quantity alone (every rule but a rate, on a row
 * that shares no count with earlier rows). A batch repeats these row after row; an outcome (an amount and its
 * steps, never written to) is shared by the rows that have it. Made per check, so nothing outlives it.
 */
import type { Item, Level } from "../policy";
import { CAP_GROUPS } from "../policy/caps";
import { computeAmount, halfUp, loanPartCents, policyCents, rateParts, rateValueInForce, type AmountOutcome, type PolicyFigures, type RateParts, type RateRule } from "./amount";
import type { Cents, CountWord, Explain, ExplainStep } from "./explain";
import { isFirstPartStep, RateSteps } from "./rateSteps";
import { baseCentsOf, feesCentsOf } from "./rowCents";
import { Decimal, type Money } from "./money";
import type { CheckSettings, ClaimRow } from "./types";

/** Outcomes kept at most, so a batch of endless distinct quantities stays small. */
const MAX_SHARED = 10_000;
const MAX_RATES = 1_000;

export class AmountMemo implements PolicyFigures {
  private readonly figures = new Map<string, Cents>();
  private readonly decimals = new Map<string, Money>();
  private readonly rates = new Map<Money, RateParts | null>();
  private readonly names = new Map<RateRule, CountWord>();
  private readonly shared = new Map<Item, Map<Level | null, Map<number | null, AmountOutcome>>>();
  private sharedSize = 0;
  private readonly rateStepsByRule = new Map<RateRule, Map<string, RateSteps>>();
  private readonly plain = new Map<Item, PlainRate | null>();

  constructor(private readonly settings?: CheckSettings) {}

  cents(text: string): Cents {
    let c = this.figures.get(text);
    if (c === undefined) this.figures.set(text, (c = policyCents(text)));
    return c;
  }

  decimal(text: string): Money {
    let d = this.decimals.get(text);
    if (d === undefined) this.decimals.set(text, (d = new Decimal(text)));
    return d;
  }

  rateParts(rate: Money): RateParts | null {
    let parts = this.rates.get(rate);
    if (parts === undefined) {
      parts = rateParts(rate);
      if (this.rates.size >= MAX_RATES) this.rates.clear();
      this.rates.set(rate, parts);
    }
    return parts;
  }

  baseName(rule: RateRule): CountWord {
    let word = this.names.get(rule);
    if (!word) this.names.set(rule, (word = Object.freeze({ zh: rule.baseName, en: rule.baseNameEn })));
    return word;
  }

  /** A row's amount as it stands on its own, no earlier rows counted. */
  ofRow(item: Item, level: Level | null, row: ClaimRow): AmountOutcome {
    if (item.rule.kind === "rate") {
      return computeAmount({
        item, level, quantity: row.quantity, base: row.base, months: row.months, fees: row.fees, rate: row.rate, ratePercent: row.ratePercent,
        baseCents: row.baseCents, feesCents: row.feesCents,
      }, this.settings, this);
    }
    let byLevel = this.shared.get(item);
    if (!byLevel) this.shared.set(item, (byLevel = new Map()));
    let byQuantity = byLevel.get(level);
    if (!byQuantity) byLevel.set(level, (byQuantity = new Map()));
    let outcome = byQuantity.get(row.quantity);
    if (!outcome) {
      outcome = computeAmount({ item, level, quantity: row.quantity, base: null, months: null, fees: null, rate: null }, this.settings, this);
      if (this.sharedSize >= MAX_SHARED) {
        this.shared.clear();
        this.sharedSize = 0;
        return outcome;
      }
      byQuantity.set(row.quantity, outcome);
      this.sharedSize++;
    }
    return outcome;
  }

  /**
   * The steps a rate row shares with the rows of its item and rate (./rateSteps): where its explanation is
   * its rate step alone, of the row's own base, and its amount is that step's result; else null, and the row
   * keeps its own steps.
   */
  rateSteps(item: Item, row: ClaimRow, outcome: { readonly eligible: Cents; readonly explain: Explain }): RateSteps | null {
    const rule = item.rule;
    if (rule.kind !== "rate" || outcome.explain.length !== 1) return null;
    const step = outcome.explain[0];
    if (step.kind === "loan") {
      // A loan part no earlier part counted months for: shared where its step is the one its cells give.
      if (step.result !== outcome.eligible || !item.loanMonths) return null;
      const shared = isFirstPartStep(step, item.loanMonths, baseCentsOf(row)!, row.months!, feesCentsOf(row) ?? 0);
      return shared ? this.stepsAt(rule, step.rate, item.loanMonths) : null;
    }
    if (step.kind !== "rate" || step.result !== outcome.eligible || step.base !== baseCentsOf(row) || step.ceiling !== rule.ceiling) return null;
    return this.stepsAt(rule, step.rate);
  }

  /** The steps of the rows of a rule at a rate; `maxMonths` for a loan's (RateSteps). */
  private stepsAt(rule: RateRule, rate: string, maxMonths = 0): RateSteps {
    let byRate = this.rateStepsByRule.get(rule);
    if (!byRate) this.rateStepsByRule.set(rule, (byRate = new Map()));
    let steps = byRate.get(rate);
    if (!steps || steps.maxMonths !== maxMonths) {
      if (byRate.size >= MAX_RATES) byRate.clear();
      byRate.set(rate, (steps = new RateSteps(rate, this.baseName(rule), rule.ceiling, undefined, maxMonths)));
    }
    return steps;
  }

  /**
   * A plain rate row: rate × base at the rate in force (no rate of its own, no rate typed as a percentage),
   * half-up to the 分 (decision 3), cut to its group's cap for a single row (decision 7); a loan part counts
   * as no earlier part counted its months (decision 5): rate × (its interest for the months that count + its
   * fees). Exactly the amount and steps computeAmount gives the row, without the input, outcome and steps it
   * builds: the row's amount is set and it holds the steps the item's plain rows share. False where anything
   * else applies (a loan part above the cap among them), and the row goes through ofRow.
   */
  plainRate(item: Item, level: Level | null, row: ClaimRow, d: PlainRateRow): boolean {
    const plain = this.plainOf(item);
    if (plain === null || row.rate !== null || row.base === null) return false;
    if ((item.levelRequired && !level) || (item.once && row.quantity !== null && row.quantity > 1)) return false;
    const base = baseCentsOf(row)!;
    if (!(base >= 0)) return false;
    const cents = plain.maxMonths === 0 ? rateTimes(base, plain.num, plain.den) : firstPartCents(row, base, plain);
    if (cents < 0) return false;
    if (plain.cap !== null && cents > plain.cap) {
      if (plain.cut === null) return false;
      d.computed = plain.cap;
      d.holdSteps(plain.cut);
    } else {
      d.computed = cents;
      d.holdSteps(plain.steps);
    }
    return true;
  }

  /** What plain rate rows of an item share in this check; null for an item that has none (not a rate, a loan, a rate typed as a percentage). */
  private plainOf(item: Item): PlainRate | null {
    let plain = this.plain.get(item);
    if (plain === undefined) {
      plain = null;
      const rule = item.rule;
      // A loan's parts share their steps only where the clause says how many months of interest count.
      const maxMonths = rule.kind === "rate" && rule.base === "loan" ? (item.loanMonths ?? 0) : 0;
      if (rule.kind === "rate" && (rule.base !== "loan" || maxMonths > 0) && !this.settings?.percentTyped?.[item.code]) {
        const parts = this.rateParts(rateValueInForce(item, rule, this.settings, this));
        if (parts !== null) {
          const cap = item.capGroup ? this.cents(CAP_GROUPS[item.capGroup].amount) : null;
          const steps = this.stepsAt(rule, parts.text, maxMonths);
          // A rate × base row above the cap: its rate step, then the cut, every such row's the same but its base.
          const cut = cap === null || maxMonths > 0 ? null : new RateSteps(parts.text, steps.baseName, rule.ceiling, [capSingle(cap)], 0, parts);
          plain = { num: parts.num, den: parts.den, cap, maxMonths, steps, cut };
        }
      }
      this.plain.set(item, plain);
    }
    return plain;
  }

  /** A row's amount with what earlier rows counted (tens of cases, months of a loan). */
  recount(item: Item, level: Level | null, row: ClaimRow, extra: { countBefore?: number; monthsBefore?: number }): AmountOutcome {
    const { quantity, base, months, fees, rate, ratePercent, baseCents, feesCents } = row;
    const { countBefore, monthsBefore } = extra;
    return computeAmount({ item, level, quantity, base, months, fees, rate, ratePercent, baseCents, feesCents, countBefore, monthsBefore }, this.settings, this);
  }
}

/**
 * What the plain rate rows of an item share in one check: the rate in force as num / den, the cap, the steps,
 * and for a loan's parts the clause's months of interest (0 for a rate × base item).
 */
interface PlainRate {
  readonly num: number;
  readonly den: number;
  readonly cap: Cents | null;
  readonly maxMonths: number;
  readonly steps: RateSteps;
  /** The steps of its rows cut to the cap for a single row; null where the item has no cap, and for a loan's parts. */
  readonly cut: RateSteps | null;
}

/** What plainRate sets on a row: its amount and the steps it shares. */
export interface PlainRateRow {
  computed: Cents | null;
  holdSteps(steps: RateSteps): void;
}

/** The step of a row cut to its group's cap for a single row, as computeAmount makes it. */
function capSingle(cap: Cents): ExplainStep {
  return { kind: "capSingle", cap, result: cap };
}

/** base × num / den half-up, -1 where the product is beyond 2^53 (rateInCents then computes it in BigInt). */
function rateTimes(base: Cents, num: number, den: number): Cents {
  const product = base * num;
  return product > Number.MAX_SAFE_INTEGER ? -1 : halfUp(product, den);
}

/**
 * A loan part's amount in 分 as rateInCents gives it where no earlier part counted months: its own months up to
 * the clause's, its interest for those months and its fees at the rate. -1 where computeAmount has more to
 * say (no months, months not a whole number above 0, fees not whole 分) or works in BigInt.
 */
function firstPartCents(row: ClaimRow, interest: Cents, plain: PlainRate): Cents {
  const months = row.months;
  if (months === null || !(months > 0) || !Number.isSafeInteger(months)) return -1;
  const fees = feesCentsOf(row) ?? 0;
  if (!(fees >= 0)) return -1;
  return loanPartCents(interest, fees, months, Math.min(months, plain.maxMonths), plain.num, plain.den) ?? -1;
}

