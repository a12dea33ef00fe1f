/**
 * `lygip explain ITEM [key=value]...`: one row's calculation, step by step, with the clause.
 *
 * The item may be typed as a person says it: its code, name or alias, or a word of them (质押, 贴息,
 * pledge) where that word names one item only; a word naming several lists them, and an unknown one
 * suggests real neighbours. Keys are the English ones or the template's Chinese words (利息=, 期限=,
 * 服务费= …). A missing or malformed input is a usage error (exit 2), never a silent zero.
 */
import {
  computeAmount, Decimal, moneyTooLarge, rateOfText, typedLevel, render, renderExplain, type Lang, type Money, describeCaps, describeRule,
} from "../engine";
import { ITEMS, levelNamedBy, resolveItem, resolveLevel, type Item, type Level } from "../policy";
import { UsageError } from "./io";
import { citeClause, clauseNote, clauseNumber } from "../engine";
import { KEY_OF, KEYS, type Key } from "./explainKeys";
import { displayWidth, wrapLine } from "./terminalText";

const WORDS = {
  zh: {
    clause: "条款", rule: "规则", caps: "上限", calc: "计算", cannot: "无法计算",
    name: (i: Item) => i.name,
    cite: (c: string) => clauseNote(c, "zh"),
  },
  en: {
    clause: "Clause", rule: "Rule", caps: "Caps", calc: "Calculation", cannot: "Cannot compute",
    name: (i: Item) => i.nameEn,
    cite: (c: string) => clauseNote(c, "en"),
  },
} as const;

/**
 * The item a person means, by the one resolver the check uses (decision 28); a word found in several
 * items' words lists them all, an unknown word its nearest items.
 */
export function findItem(text: string): Item {
  const found = resolveItem(text);
  if (found.ok) return found.value;
  const several = found.candidates ?? found.containedIn;
  if (several) throw new UsageError({ code: "EXPLAIN_SEVERAL_ITEMS", text, items: several.map((i) => i.code) });
  const near = found.closest.map((name) => ITEMS.find((i) => i.name === name)).filter((i): i is Item => Boolean(i));
  throw new UsageError({ code: "EXPLAIN_UNKNOWN_ITEM", text, near: near.map((i) => i.code) });
}

/**
 * The explanation on a terminal (`width` given): each line wrapped by display width, continuing under the
 * text after its label (条款：, Rule: ), or two columns in where it has none.
 */
export function explainForTerminal(itemText: string, pairs: readonly string[], lang: Lang, width?: number): string {
  const text = explainText(itemText, pairs, lang);
  if (width === undefined) return text;
  const lines: string[] = [];
  for (const line of text.split("\n")) for (const l of wrapLine(line, width, labelWidth(line))) lines.push(l);
  return lines.join("\n");
}

function labelWidth(line: string): number {
  const label = /^[^\s：:]{1,12}[：:] ?/.exec(line)?.[0];
  return label ? displayWidth(label) : 2;
}

export function explainText(itemText: string, pairs: readonly string[], lang: Lang): string {
  const w = WORDS[lang];
  const item = findItem(itemText);
  const values = new Map<Key, { word: string; value: string }>();
  for (const raw of pairs) {
    const pair = raw.replace("＝", "=");
    const eq = pair.indexOf("=");
    const key = eq > 0 ? KEY_OF.get(pair.slice(0, eq).trim().toLowerCase()) ?? KEY_OF.get(pair.slice(0, eq).trim()) : undefined;
    if (!key) throw new UsageError({ code: "EXPLAIN_BAD_PAIR", pair: raw });
    values.set(key, { word: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() });
  }
  const got = (key: Key) => values.get(key);
  const money = (key: Key): Money | null => {
    const v = got(key);
    if (!v) return null;
    if (!/^\d+(\.\d{1,2})?$/.test(v.value)) throw new UsageError({ code: "EXPLAIN_BAD_VALUE", kind: "money", word: v.word, value: v.value });
    const value = new Decimal(v.value);
    // The engine counts safe integers of 分: money a cell of the table could not hold is refused here as there.
    if (moneyTooLarge(value)) throw new UsageError({ code: "EXPLAIN_BAD_VALUE", kind: "too-large", word: v.word, value: v.value });
    return value;
  };
  const integer = (key: Key): number | null => {
    const v = got(key);
    if (!v) return null;
    if (!/^\d+$/.test(v.value)) throw new UsageError({ code: "EXPLAIN_BAD_VALUE", kind: "integer", word: v.word, value: v.value });
    return Number(v.value);
  };
  // The level as the check reads a row's (decision 24): the item's words may name it (「高级知识产权师」).
  let level: Level | null = levelNamedBy(item, itemText);
  const levelText = got("level");
  if (levelText) {
    const typed = typedLevel(item, level, levelText.value, resolveLevel(item, levelText.value));
    if (typed.issue?.code === "UNKNOWN_LEVEL") throw new UsageError({ code: "EXPLAIN_LEVEL", issue: typed.issue });
    level = typed.level;
  }
  // The one rate reader of the check, the functions and --rate (decision 28): 25 is 25%, and the calculation says so.
  const rateText = got("rate");
  const rateRead = rateText ? rateOfText(rateText.value) : null;
  if (rateText && (rateRead === null || !rateRead.ok)) throw new UsageError({ code: "EXPLAIN_BAD_VALUE", kind: "rate", word: rateText.word, value: rateText.value });
  const rate = rateRead?.ok ? rateRead : null;
  const outcome = computeAmount({
    item, level, quantity: integer("quantity"), base: money("base"), months: integer("months"), fees: money("fees"),
    rate: rate?.rate ?? null, ratePercent: rate?.percentTyped,
  });

  // A rate above the clause's maximum is an error on a row (decision 2) and #VALUE! in LYGIP.IPAWARD: here
  // it is a usage error too, never a calculation at the maximum that looks as if the typed rate applied.
  const above = outcome.ok ? outcome.notes.find((i) => i.code === "RATE_ABOVE_MAX") : undefined;
  if (above && rateText) throw new UsageError({ code: "EXPLAIN_RATE_ABOVE_MAX", word: rateText.word, value: rateText.value, rate: above.rate, max: above.max, clause: item.clause });
  // What the calculation lacks is the command line's fault, not the row's: a usage error naming the keys.
  if (!outcome.ok) {
    const missing = [...new Set(outcome.issues.filter((i) => i.code === "MISSING_VALUE" && "field" in i).map((i) => (i as { field: string }).field))]
      .filter((f): f is Key => (KEYS as string[]).includes(f));
    if (missing.length) throw new UsageError({ code: "EXPLAIN_MISSING", item: item.code, keys: missing });
  }

  // "规则：…" / "Rule: …": a label as each language writes it.
  const labelled = (label: string, text: string) => (lang === "zh" ? `${label}：${text}` : `${label}: ${text}`);
  const lines = [
    `${item.code}  ${w.name(item)}`,
    // The clause's own words stay as the policy writes them, in either language.
    lang === "zh" ? `${w.clause}：${citeClause(item.clause, lang)}「${item.words}」` : `${w.clause} ${clauseNumber(item.clause, lang)}: “${item.words}”`,
    labelled(w.rule, describeRule(item, lang)),
  ];
  const caps = describeCaps(item, lang);
  if (caps) lines.push(labelled(w.caps, caps));
  if (outcome.ok) lines.push(labelled(w.calc, `${renderExplain(outcome.explain, lang)}${w.cite(item.clause)}`));
  else for (const issue of outcome.issues) lines.push(labelled(w.cannot, render(issue, lang)));
  return lines.join("\n") + "\n";
}
