/**
 * `--rate ITEM=RATE`: a yearly rate at or below the clause's maximum (MEASURES.md decision 2). Anything
 * else is a usage error, said before any file is read.
 */
import { Decimal, formatRate, type CheckSettings, type Money } from "../engine";
import { resolveItem, type ItemCode } from "../policy";
import { UsageError } from "./io";
import { inert } from "./terminalText";

export { UsageError };

export function parseRates(specs: readonly string[]): CheckSettings {
  const rates: Partial<Record<ItemCode, Money>> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq < 1) throw new UsageError(`--rate 应写作 事项=比例，如 PLEDGE_LOAN=0.25（收到「${inert(spec)}」）`);
    const itemText = spec.slice(0, eq).trim();
    const resolved = resolveItem(itemText);
    if (!resolved.ok) throw new UsageError(`--rate：无法识别支持事项「${inert(itemText)}」；最接近的是：${resolved.closest.join("、")}`);
    const item = resolved.value;
    const rule = item.rule;
    if (rule.kind !== "rate") throw new UsageError(`--rate：${item.code}（${item.name}）不按比例计算`);
    if (!rule.ceiling) throw new UsageError(`--rate：${item.code} 的比例 ${formatRate(new Decimal(rule.rate))} 由第${item.clause}条固定，不能另设`);
    const rate = parseRate(spec.slice(eq + 1).trim());
    if (rate === null) throw new UsageError(`--rate：「${inert(spec.slice(eq + 1))}」不是比例；应为 0.25 或 25%`);
    const max = new Decimal(rule.rate);
    if (rate.gt(max)) {
      throw new UsageError(`--rate：${item.code} 的比例 ${formatRate(rate)} 超过第${item.clause}条规定的最高比例 ${formatRate(max)}`);
    }
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
