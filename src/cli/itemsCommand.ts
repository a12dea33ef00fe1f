/** `lygip items [--json]`: every item with its code, clause, names, amount rule and caps. */
import { clauseNumber, describeCaps, describeRule } from "../engine";
import { CAP_GROUPS, EDITION, ITEMS, canonicalOutcomes } from "../policy";
import { displayWidth, wrapLine } from "./terminalText";

export function itemsJson() {
  return {
    policy: EDITION.title,
    period: { start: EDITION.periodStart, end: EDITION.periodEnd },
    items: ITEMS.map((i) => ({
      code: i.code, clause: i.clause, name: i.name, nameEn: i.nameEn, aliases: i.aliases, words: i.words,
      rule: i.rule, rule_zh: describeRule(i, "zh"), rule_en: describeRule(i, "en"),
      levels: (i.levels ?? []).map((l) => l.name),
      capGroup: i.capGroup ?? null, cap: i.capGroup ? CAP_GROUPS[i.capGroup].amount : null,
      oneTime: Boolean(i.oneTime), maxYears: i.maxYears ?? null,
      condition: i.condition ? { kind: i.condition.kind, words: i.condition.words, outcomes: canonicalOutcomes(i.code) } : null,
      fullYear: Boolean(i.fullYear),
    })),
  };
}

/**
 * The items as a reader scans them: clause, code and name on one line, the rule and caps indented below.
 * On a terminal (`width` given) each line is wrapped by display width: a name continues under the name, a
 * rule under the rule, never inside a number.
 */
export function itemsText(lang: "zh" | "en", width?: number): string {
  const zh = lang === "zh";
  const wrap = (line: string, hang: number) => (width ? wrapLine(line, width, hang) : [line]);
  const lines = [zh ? `${EDITION.title}：${ITEMS.length} 个支持事项` : `${EDITION.title}: ${ITEMS.length} fundable items`, ""];
  for (const i of ITEMS) {
    const caps = describeCaps(i, lang);
    // Clauses padded by display width: （二十一） is 10 columns, (21) 4.
    const clause = zh ? i.clause + "　".repeat(Math.max(0, 5 - [...i.clause].length)) : clauseNumber(i.clause, "en").padEnd(5);
    // A long name continues under the name: as far in as the clause and code before it.
    const head = `${clause} ${i.code.padEnd(22)} `;
    for (const l of wrap(`${head}${zh ? i.name : i.nameEn}`, displayWidth(head))) lines.push(l);
    for (const l of wrap(`${" ".repeat(8)}${describeRule(i, lang)}${caps ? (zh ? "；" : "; ") + caps : ""}`, 0)) lines.push(l);
  }
  return lines.join("\n") + "\n";
}
