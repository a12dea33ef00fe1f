/** `lygip items [--json]`: every item with its code, clause, names, amount rule and caps. */
import { describeCaps, describeRule } from "../engine/describe";
import { CAP_GROUPS, EDITION, ITEMS } from "../policy";

export function itemsJson() {
  return {
    policy: EDITION.title,
    period: { start: EDITION.periodStart, end: EDITION.periodEnd },
    items: ITEMS.map((i) => ({
      code: i.code, clause: i.clause, name: i.name, nameEn: i.nameEn, aliases: i.aliases, words: i.words,
      rule: i.rule, rule_zh: describeRule(i, "zh"), rule_en: describeRule(i, "en"),
      levels: (i.levels ?? []).map((l) => l.name),
      capGroup: i.capGroup ?? null, cap: i.capGroup ? CAP_GROUPS[i.capGroup].amount : null,
      oneTime: Boolean(i.oneTime), maxYears: i.maxYears ?? null, condition: i.condition ?? null,
    })),
  };
}

export function itemsText(lang: "zh" | "en"): string {
  const lines = [`${EDITION.title}：${ITEMS.length} ${lang === "zh" ? "个支持事项" : "fundable items"}`, ""];
  for (const i of ITEMS) {
    const caps = describeCaps(i, lang);
    lines.push(`${i.clause.padEnd(6, "　")} ${i.code.padEnd(22)} ${lang === "zh" ? i.name : i.nameEn}`);
    lines.push(`${" ".repeat(8)}${describeRule(i, lang)}${caps ? (lang === "zh" ? "；" : "; ") + caps : ""}`);
  }
  return lines.join("\n") + "\n";
}
