/** The keys of `lygip explain` and the Chinese words accepted for them, for the command and its messages. */
import type { Lang } from "../engine";
import type { Item } from "../policy";

export type Key = "quantity" | "base" | "level" | "months" | "fees" | "rate";

/** Each key with the Chinese words accepted for it (the template's headers, short and long). */
export const KEY_WORDS: Readonly<Record<Key, readonly string[]>> = {
  quantity: ["数量", "件数", "项数", "人数", "案件数"],
  base: ["基数", "计算基数", "利息", "贷款利息", "保费", "维权费用", "代理费", "奖励资金", "省级奖励资金"],
  level: ["级别", "等级", "类别"],
  months: ["期限", "贷款期限", "月数", "利息月数"],
  fees: ["服务费", "评估费", "评估等服务费"],
  rate: ["比例", "补助比例", "资助比例"],
};
export const KEYS = Object.keys(KEY_WORDS) as Key[];
export const KEY_OF = new Map<string, Key>(KEYS.flatMap((k) => [[k, k] as [string, Key], ...KEY_WORDS[k].map((w) => [w, k] as [string, Key])]));

/** The Chinese word a person uses for a key of this item: a loan's base is its 利息. */
export function zhKey(item: Item, key: Key): string {
  return key === "base" && item.rule.kind === "rate" && item.rule.base === "loan" ? "利息" : KEY_WORDS[key][0];
}

/** An example line of inputs for the item's rule, in the user's words. */
export function example(item: Item, lang: Lang): string {
  const pairs: [Key, string][] = [];
  if (item.levels?.length) pairs.push(["level", item.levels[0].name]);
  const rule = item.rule;
  if (rule.kind === "rate") {
    pairs.push(["base", "100000"]);
    if (rule.base === "loan") pairs.push(["months", "12"], ["fees", "20000"]);
  } else if ("per" in rule) pairs.push(["quantity", "10"]);
  return pairs.map(([k, v]) => `${lang === "zh" ? zhKey(item, k) : k}=${v}`).join(" ");
}

