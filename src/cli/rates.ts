/**
 * `--rate ITEM=RATE`: a yearly rate at or below the clause's maximum (MEASURES.md decision 2). Anything
 * else is a usage error, said before any file is read.
 */
import { Decimal, formatRate, type CheckSettings, type Lang, type Money } from "../engine";
import { resolveItem, type ItemCode } from "../policy";
import { UsageError } from "./io";
import { clauseEn } from "./printSummary";
import { inert } from "./terminalText";

export { UsageError };

const WORDS = {
  zh: {
    shape: (s: string) => `--rate 应写作 事项=比例，如 PLEDGE_LOAN=0.25（收到「${s}」）`,
    unknown: (t: string, near: string) => `--rate：无法识别支持事项「${t}」；最接近的是：${near}`,
    notRate: (code: string, name: string) => `--rate：${code}（${name}）不按比例计算`,
    fixed: (code: string, rate: string, clause: string) => `--rate：${code} 的比例 ${rate} 由第${clause}条固定，不能另设`,
    notNumber: (t: string) => `--rate：「${t}」不是比例；应为 0.25 或 25%`,
    above: (code: string, rate: string, clause: string, max: string) => `--rate：${code} 的比例 ${rate} 超过第${clause}条规定的最高比例 ${max}`,
  },
  en: {
    shape: (s: string) => `--rate is item=rate, e.g. PLEDGE_LOAN=0.25 (got "${s}")`,
    unknown: (t: string, near: string) => `--rate: unknown item "${t}"; nearest: ${near}`,
    notRate: (code: string, name: string) => `--rate: ${code} (${name}) is not computed at a rate`,
    fixed: (code: string, rate: string, clause: string) => `--rate: the rate of ${code}, ${rate}, is fixed by clause ${clauseEn(clause)} and cannot be set`,
    notNumber: (t: string) => `--rate: "${t}" is not a rate; write 0.25 or 25%`,
    above: (code: string, rate: string, clause: string, max: string) => `--rate: ${rate} for ${code} is above the maximum ${max} of clause ${clauseEn(clause)}`,
  },
} as const;

export function parseRates(specs: readonly string[], lang: Lang = "zh"): CheckSettings {
  const w = WORDS[lang];
  const rates: Partial<Record<ItemCode, Money>> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq < 1) throw new UsageError(w.shape(inert(spec)));
    const itemText = spec.slice(0, eq).trim();
    const resolved = resolveItem(itemText);
    if (!resolved.ok) throw new UsageError(w.unknown(inert(itemText), resolved.closest.join(lang === "zh" ? "；" : "; ")));
    const item = resolved.value;
    const rule = item.rule;
    if (rule.kind !== "rate") throw new UsageError(w.notRate(item.code, lang === "zh" ? item.name : item.nameEn));
    if (!rule.ceiling) throw new UsageError(w.fixed(item.code, formatRate(new Decimal(rule.rate)), item.clause));
    const rate = parseRate(spec.slice(eq + 1).trim());
    if (rate === null) throw new UsageError(w.notNumber(inert(spec.slice(eq + 1))));
    const max = new Decimal(rule.rate);
    if (rate.gt(max)) throw new UsageError(w.above(item.code, formatRate(rate), item.clause, formatRate(max)));
    rates[item.code] = rate;
  }
  return { rates };
}

function parseRate(text: string): Money | null {
  const percent = text.endsWith("%") || text.endsWith("％");
  const body = percent ? text.slice(0, -1) : text;
  if (!/^\d+(\.\d+)?$/.test(body)) return null;
  const value = new Decimal(body);
  return percent ? value.dividedBy(100) : value;
}
