/** `lygip explain ITEM [key=value]...`: one row's calculation, step by step, with the clause. */
import { computeAmount, Decimal, render, renderExplain, type Money } from "../engine";
import { describeCaps, describeRule } from "../engine/describe";
import { resolveItem, resolveLevel, type Level } from "../policy";
import { UsageError } from "./rates";

const KEYS = ["quantity", "base", "level", "months", "fees", "rate"] as const;

export function explainText(itemText: string, pairs: readonly string[], lang: "zh" | "en"): string {
  const resolved = resolveItem(itemText);
  if (!resolved.ok) throw new UsageError(`无法识别支持事项「${itemText}」；最接近的是：${resolved.closest.join("、")}`);
  const item = resolved.value;
  const values = new Map<string, string>();
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    const key = pair.slice(0, eq);
    if (eq < 1 || !(KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`参数应写作 键=值，键为 ${KEYS.join("、")} 之一（收到「${pair}」）`);
    }
    values.set(key, pair.slice(eq + 1));
  }
  const money = (key: string): Money | null => {
    const v = values.get(key);
    if (v === undefined) return null;
    if (!/^\d+(\.\d{1,2})?$/.test(v)) throw new UsageError(`${key}=${v}：应为金额（元，最多两位小数）`);
    return new Decimal(v);
  };
  const integer = (key: string): number | null => {
    const v = values.get(key);
    if (v === undefined) return null;
    if (!/^\d+$/.test(v)) throw new UsageError(`${key}=${v}：应为整数`);
    return Number(v);
  };
  let level: Level | null = null;
  const levelText = values.get("level");
  if (levelText !== undefined) {
    const l = resolveLevel(item, levelText);
    if (!l.ok) throw new UsageError(render({ code: "UNKNOWN_LEVEL", field: "level", found: levelText, accepted: l.closest }, "zh"));
    level = l.value;
  }
  const rateText = values.get("rate");
  const rate = rateText === undefined ? null : new Decimal(rateText.endsWith("%") ? String(Number(rateText.slice(0, -1)) / 100) : rateText);
  const outcome = computeAmount({ item, level, quantity: integer("quantity"), base: money("base"), months: integer("months"), fees: money("fees"), rate });

  const zh = lang === "zh";
  const lines = [
    `${item.code}  ${zh ? item.name : item.nameEn}`,
    `${zh ? "条款" : "Clause"}：第${item.clause}条「${item.words}」`,
    `${zh ? "规则" : "Rule"}：${describeRule(item, lang)}`,
  ];
  const caps = describeCaps(item, lang);
  if (caps) lines.push(`${zh ? "上限" : "Caps"}：${caps}`);
  if (outcome.ok) lines.push(`${zh ? "计算" : "Calculation"}：${renderExplain(outcome.explain, lang)}（${zh ? `第${item.clause}条` : `clause ${item.clause}`}）`);
  else for (const issue of outcome.issues) lines.push(`${zh ? "无法计算" : "Cannot compute"}：${render(issue, lang)}`);
  return lines.join("\n") + "\n";
}
