/**
 * An item's amount rule and caps in words, for `lygip items`, `lygip explain` and the pane: text, so it
 * lives with the catalogs; every figure comes from the item's data.
 */
import { CAP_GROUPS, type Item } from "../../policy";
import { Decimal, formatMoney, formatRate, yuanText } from "../money";

type DescribeLang = "zh" | "en";
/** "30,000.00 元" / "30,000.00 yuan": the rule's figures with separators and the language's unit. */
const money = (s: string, lang: DescribeLang) => yuanText(formatMoney(new Decimal(s)), lang);

/** A level as the language names it: the canonical Chinese name, or the level's English name. */
function levelName(item: Item, name: string, lang: DescribeLang): string {
  if (lang === "zh") return name;
  return item.levels?.find((l) => l.name === name)?.nameEn ?? name;
}

export function describeRule(item: Item, lang: DescribeLang = "zh"): string {
  const rule = item.rule;
  const zh = lang === "zh";
  const yuan = (s: string) => money(s, lang);
  switch (rule.kind) {
    case "none":
      return zh ? "本条未规定资助金额" : "no amount is set by this clause";
    case "rate": {
      const rate = formatRate(new Decimal(rule.rate));
      const base = zh ? rule.baseName : rule.baseNameEn;
      const months = item.loanMonths;
      const loan = rule.base === "loan" && months ? (zh ? `（单笔贷款利息最多计 ${months} 个月）` : ` (interest of one loan for at most ${months} months)`) : "";
      return zh ? `${rule.ceiling ? "最高 " : ""}${rate} × ${base}${loan}` : `${rule.ceiling ? "up to " : ""}${rate} × ${base}${loan}`;
    }
    case "perFullTen":
      return zh ? `每满 ${rule.size} ${rule.per.zh} ${yuan(rule.amount)}` : `${yuan(rule.amount)} per full ${rule.size} ${rule.per.en}s`;
    default: {
      const amounts = typeof rule.amount === "string"
        ? yuan(rule.amount)
        : Object.entries(rule.amount).map(([level, a]) => `${levelName(item, level, lang)} ${yuan(a)}`).join(zh ? "，" : ", ");
      // The unit is named wherever the quantity multiplies: counted items, persons, and GI's and IP_STANDARD's
      // 每项 (a blank quantity is one item there, but 3 items are three awards).
      const per = rule.per.required || rule.per.zh === "人" || !item.once ? (zh ? ` / ${rule.per.zh}` : ` per ${rule.per.en}`) : "";
      if (rule.kind === "upTo") return zh ? `最高 ${amounts}${per}` : `up to ${amounts}${per}`;
      return zh ? `${amounts}${per}` : `${amounts}${per}`;
    }
  }
}

export function describeCaps(item: Item, lang: DescribeLang = "zh"): string {
  const zh = lang === "zh";
  const yuan = (s: string) => money(s, lang);
  const parts: string[] = [];
  if (item.capGroup) {
    const g = CAP_GROUPS[item.capGroup];
    parts.push(zh ? `同一${g.holder}每年最高 ${yuan(g.amount)}` : `${yuan(g.amount)} per ${g.holderEn} per year`);
  }
  if (item.maxYears) parts.push(zh ? `累计不超过 ${item.maxYears} 年` : `at most ${item.maxYears} years in all`);
  if (item.oneTime) parts.push(zh ? "一次性（每个单位一次）" : "one time per unit");
  return parts.join(zh ? "；" : "; ");
}
