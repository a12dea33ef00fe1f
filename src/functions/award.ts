/**
 * IPAWARD, EXPLAIN and LOANSUBSIDY: one row's eligible amount under its clause, computed by the engine
 * (src/engine/amount.ts) from the policy data. This file only reads the arguments and maps the outcome.
 */
import { clauseNote, computeAmount, moneyOfCents, readItemWord, renderExplain, type Explain, type Money } from "../engine";
import { ITEMS_BY_CODE, levelNamedBy, resolveLevel, type Item, type Level } from "../policy";
import { readCount, readMoney, readMonths, readRate, readText, type CellArg, type Read } from "./args";
import { AWARD_ARGS, LOAN_ARGS, type ArgNames } from "./argWords";
import { invalid, success, type FnResult } from "./result";

/** The arguments of IPAWARD and EXPLAIN, in their order in the formula. */
export interface AwardArgs {
  readonly item: CellArg;
  readonly quantity?: CellArg;
  readonly base?: CellArg;
  readonly level?: CellArg;
  readonly months?: CellArg;
  readonly fees?: CellArg;
  readonly rate?: CellArg;
}

export interface Award {
  readonly item: Item;
  readonly eligible: Money;
  /** The engine's steps, without the clause. */
  readonly explain: Explain;
}

/** An item typed as its code, Chinese name, alias or (single-item) clause number. */
export function readItem(value: CellArg): Read<Item> {
  const text = readText(value);
  if (text === null) return { ok: false, issue: { code: "MISSING_VALUE", field: "item" } };
  const read = readItemWord(text);
  return read.ok ? { ok: true, value: read.item } : read;
}

/** The item argument alone, for CLAUSE and CAP: #VALUE! naming the closest items when unknown. */
export function itemArg(value: CellArg): FnResult<Item> {
  const r = readItem(value);
  return r.ok ? success(r.value) : invalid([r.issue], AWARD_ARGS);
}

/** The 级别 argument; left blank, the level the item's words name (「高级知识产权师」, decisions 24 and 28). */
function levelArg(item: Item, itemText: string, value: CellArg): Read<Level | null> {
  const text = readText(value);
  if (text === null) return { ok: true, value: levelNamedBy(item, itemText) };
  const found = resolveLevel(item, text);
  if (found.ok) return { ok: true, value: found.value };
  return { ok: false, issue: { code: "UNKNOWN_LEVEL", field: "level", clause: item.clause, found: text, accepted: found.closest } };
}

/**
 * Decision 25: on an item paid once per unit or project a desktop blank arrives as 0 and is read as blank
 * too, as the check reads it; on an item paid per piece (GI 每项, certificates, cases, persons) 0 is a real
 * count and earns nothing.
 */
function quantityArg(item: Item, value: CellArg): Read<number | null> {
  const read = readCount(value, "quantity", item.clause);
  if (read.ok && read.value === 0 && item.once) return { ok: true, value: null };
  return read;
}

/** Every problem with the arguments at once, then the engine's. */
export function computeAward(args: AwardArgs, names: ArgNames = AWARD_ARGS): FnResult<Award> {
  const itemRead = readItem(args.item);
  if (!itemRead.ok) return invalid([itemRead.issue], names);
  const item = itemRead.value;
  const clause = item.clause;

  const level = levelArg(item, readText(args.item) ?? "", args.level);
  const quantity = quantityArg(item, args.quantity);
  const base = readMoney(args.base, "base", clause);
  const months = readMonths(args.months, "months", clause, item.rule.kind === "rate" && item.rule.base === "loan");
  const fees = readMoney(args.fees, "fees", clause);
  const rate = readRate(args.rate, "rate", clause);
  const issues = [level, quantity, base, months, fees, rate].flatMap((r) => (r.ok ? [] : [r.issue]));
  if (issues.length) return invalid(issues, names);

  const outcome = computeAmount({
    item,
    level: level.ok ? level.value : null,
    quantity: quantity.ok ? quantity.value : null,
    base: base.ok ? base.value : null,
    months: months.ok ? months.value : null,
    fees: fees.ok ? fees.value : null,
    rate: rate.ok && rate.value ? rate.value.rate : null,
    ratePercent: rate.ok && rate.value?.percentTyped === true,
  });
  if (!outcome.ok) return invalid(outcome.issues, names);
  // A rate above the clause's maximum is an error on the row in lygip check, so it is #VALUE! here. A rate on
  // a flat-rate item (RATE_FIXED) is only a warning there, the clause's rate being used: so it is here too,
  // and the cell shows the amount the check approves.
  const rateIssues = outcome.notes.filter((i) => i.code === "RATE_ABOVE_MAX");
  if (rateIssues.length) return invalid(rateIssues, names);
  return success({ item, eligible: moneyOfCents(outcome.eligible), explain: outcome.explain });
}

/** LYGIP.IPAWARD: the eligible amount in 元, exact to the 分. */
export function ipAward(args: AwardArgs, names: ArgNames = AWARD_ARGS): FnResult<number> {
  const r = computeAward(args, names);
  return r.ok ? success(r.value.eligible.toNumber()) : r;
}

/** LYGIP.EXPLAIN: "30% × (180000.00 × 12/18 + 20000.00) = 42000.00（第（七）条）". */
export function explainAward(args: AwardArgs): FnResult<string> {
  const r = computeAward(args);
  return r.ok ? success(`${renderExplain(r.value.explain, "zh")}${clauseNote(r.value.item.clause, "zh")}`) : r;
}

/** LYGIP.LOANSUBSIDY: clause （七）'s pledge-loan subsidy of one loan, as IPAWARD computes it. */
export function loanSubsidy(interest: CellArg, months: CellArg, fees: CellArg, rate: CellArg): FnResult<number> {
  const item = ITEMS_BY_CODE.get("PLEDGE_LOAN")!;
  return ipAward({ item: item.code, base: interest, months, fees, rate }, LOAN_ARGS);
}
