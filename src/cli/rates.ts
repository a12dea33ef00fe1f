/**
 * `--rate ITEM=RATE`: a yearly rate at or below the clause's maximum (MEASURES.md decision 2). Anything
 * else is a usage error, said before any file is read.
 */
import { citeClause, Decimal, formatRate, itemNames, rateOfText, type CheckSettings, type Lang, type Money } from "../engine";
import { ITEMS, resolveItem, type Item, type ItemCode } from "../policy";
import { UsageError } from "./io";
import { inert } from "./terminalText";

export { UsageError };

const WORDS = {
  zh: {
    shape: (s: string) => `--rate 应写作 事项=比例，如 PLEDGE_LOAN=0.25（收到「${s}」）`,
    unknown: (t: string, near: string) => `--rate：无法识别支持事项「${t}」` + (near ? `；最接近的是：${near}` : ""),
    notRate: (code: string, name: string) => `--rate：${code}（${name}）不按比例计算`,
    fixed: (code: string, rate: string, clause: string) => `--rate：${code} 的比例 ${rate} 由${citeClause(clause, "zh")}固定，不能另设`,
    notNumber: (t: string) => `--rate：「${t}」不是比例；应为大于 0、至多 100% 的比例，如 0.25、25 或 25%`,
    above: (code: string, rate: string, clause: string, max: string) => `--rate：${code} 的比例 ${rate} 超过${citeClause(clause, "zh")}规定的最高比例 ${max}`,
  },
  en: {
    shape: (s: string) => `--rate is item=rate, e.g. PLEDGE_LOAN=0.25 (got "${s}")`,
    unknown: (t: string, near: string) => `--rate: unknown item "${t}"` + (near ? `; nearest: ${near}` : ""),
    notRate: (code: string, name: string) => `--rate: ${code} (${name}) is not computed at a rate`,
    fixed: (code: string, rate: string, clause: string) => `--rate: the rate of ${code}, ${rate}, is fixed by ${citeClause(clause, "en")} and cannot be set`,
    notNumber: (t: string) => `--rate: "${t}" is not a rate above 0 and at most 100%; write 0.25, 25 or 25%`,
    above: (code: string, rate: string, clause: string, max: string) => `--rate: ${rate} for ${code} is above the maximum ${max} of ${citeClause(clause, "en")}`,
  },
} as const;

export function parseRates(specs: readonly string[], lang: Lang = "zh"): CheckSettings {
  const w = WORDS[lang];
  const rates: Partial<Record<ItemCode, Money>> = {};
  const percentTyped: Partial<Record<ItemCode, boolean>> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq < 1) throw new UsageError(w.shape(inert(spec)));
    const itemText = spec.slice(0, eq).trim();
    const item = rateItem(itemText, lang);
    const rule = item.rule;
    if (rule.kind !== "rate") throw new UsageError(w.notRate(item.code, lang === "zh" ? item.name : item.nameEn));
    if (!rule.ceiling) throw new UsageError(w.fixed(item.code, formatRate(new Decimal(rule.rate)), item.clause));
    const read = rateOfText(spec.slice(eq + 1));
    if (read === null || !read.ok) throw new UsageError(w.notNumber(inert(spec.slice(eq + 1))));
    const max = new Decimal(rule.rate);
    if (read.rate.gt(max)) throw new UsageError(w.above(item.code, formatRate(read.rate), item.clause, formatRate(max)));
    rates[item.code] = read.rate;
    if (read.percentTyped) percentTyped[item.code] = true;
  }
  return Object.keys(percentTyped).length ? { rates, percentTyped } : { rates };
}

/** The item of `--rate ITEM=…`, by the one resolver of item words (decision 28). */
function rateItem(text: string, lang: Lang): Item {
  const w = WORDS[lang];
  const found = resolveItem(text);
  if (found.ok) return found.value;
  const several = found.candidates ?? found.containedIn;
  const names = several ? several.map((i) => i.name) : found.closest;
  // An English reader is offered the codes and English names, which --rate takes as well.
  const english = () => names.map((n) => {
    const item = ITEMS.find((i) => i.name === n);
    return item ? `${item.code} (${item.nameEn})` : n;
  }).join("; ");
  throw new UsageError(w.unknown(inert(text), lang === "zh" ? itemNames(names) : english()));
}
