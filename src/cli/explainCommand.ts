/**
 * `lygip explain ITEM [key=value]...`: one row's calculation, step by step, with the clause.
 *
 * The item may be typed as a person says it: its code, name or alias, or a word of them (质押, 贴息,
 * pledge) where that word names one item only; a word naming several lists them, and an unknown one
 * suggests real neighbours. Keys are the English ones or the template's Chinese words (利息=, 期限=,
 * 服务费= …). A missing or malformed input is a usage error (exit 2), never a silent zero.
 */
import {
  computeAmount, Decimal, rateOfText, render, renderExplain, type Lang, type Money, describeCaps, describeRule,
} from "../engine";
import { ITEMS, resolveItem, resolveLevel, type Item, type Level } from "../policy";
import { UsageError } from "./io";
import { citeClause, clauseNote, clauseNumber } from "../engine";
import { displayWidth, inert, wrapLine } from "./terminalText";

type Key = "quantity" | "base" | "level" | "months" | "fees" | "rate";

/** Each key with the Chinese words accepted for it (the template's headers, short and long). */
const KEY_WORDS: Readonly<Record<Key, readonly string[]>> = {
  quantity: ["数量", "件数", "项数", "人数", "案件数"],
  base: ["基数", "计算基数", "利息", "贷款利息", "保费", "维权费用", "代理费", "奖励资金", "省级奖励资金"],
  level: ["级别", "等级", "类别"],
  months: ["期限", "贷款期限", "月数", "利息月数"],
  fees: ["服务费", "评估费", "评估等服务费"],
  rate: ["比例", "补助比例", "资助比例"],
};
const KEYS = Object.keys(KEY_WORDS) as Key[];
const KEY_OF = new Map<string, Key>(KEYS.flatMap((k) => [[k, k] as [string, Key], ...KEY_WORDS[k].map((w) => [w, k] as [string, Key])]));

const WORDS = {
  zh: {
    unknownItem: (t: string, near: string) => `无法识别支持事项「${t}」；相近的有：${near}`,
    severalItems: (t: string, list: string) => `「${t}」可指多个支持事项：${list}。请写事项代码或全称`,
    noItem: (t: string) => `无法识别支持事项「${t}」；可用 lygip items 查看全部事项`,
    badPair: (p: string) => `参数应写作 键=值（收到「${p}」）；键为 ${KEYS.map((k) => `${k}/${KEY_WORDS[k][0]}`).join("、")}`,
    money: (k: string, v: string) => `${k}=${v}：应为金额（元，最多两位小数，不带千位分隔符）`,
    integer: (k: string, v: string) => `${k}=${v}：应为整数`,
    rate: (k: string, v: string) => `${k}=${v}：应为大于 0、至多 100% 的比例，如 0.25、25 或 25%`,
    missing: (item: Item, keys: string) => `${item.code}（${item.name}）还需要：${keys}；例如 lygip explain ${item.code} ${example(item, "zh")}`,
    clause: "条款", rule: "规则", caps: "上限", calc: "计算", cannot: "无法计算",
    name: (i: Item) => i.name,
    cite: (c: string) => clauseNote(c, "zh"),
  },
  en: {
    unknownItem: (t: string, near: string) => `unknown item "${t}"; nearest: ${near}`,
    severalItems: (t: string, list: string) => `"${t}" could be several items: ${list}; give the item code or full name`,
    noItem: (t: string) => `unknown item "${t}"; lygip items lists every item`,
    badPair: (p: string) => `arguments are key=value (got "${p}"); keys: ${KEYS.join(", ")} or their Chinese words`,
    money: (k: string, v: string) => `${k}=${v}: expected an amount in yuan, at most two decimals, no thousands separators`,
    integer: (k: string, v: string) => `${k}=${v}: expected a whole number`,
    rate: (k: string, v: string) => `${k}=${v}: expected a rate above 0 and at most 100%, such as 0.25, 25 or 25%`,
    missing: (item: Item, keys: string) => `${item.code} (${item.nameEn}) also needs: ${keys}; e.g. lygip explain ${item.code} ${example(item, "en")}`,
    clause: "Clause", rule: "Rule", caps: "Caps", calc: "Calculation", cannot: "Cannot compute",
    name: (i: Item) => i.nameEn,
    cite: (c: string) => clauseNote(c, "en"),
  },
} as const;

/** The Chinese word a person uses for a key of this item: a loan's base is its 利息. */
function zhKey(item: Item, key: Key): string {
  return key === "base" && item.rule.kind === "rate" && item.rule.base === "loan" ? "利息" : KEY_WORDS[key][0];
}

/** An example line of inputs for the item's rule, in the user's words. */
function example(item: Item, lang: Lang): string {
  const pairs: [Key, string][] = [];
  if (item.levels?.length) pairs.push(["level", item.levels[0].name]);
  const rule = item.rule;
  if (rule.kind === "rate") {
    pairs.push(["base", "100000"]);
    if (rule.base === "loan") pairs.push(["months", "12"], ["fees", "20000"]);
  } else if ("per" in rule) pairs.push(["quantity", "10"]);
  return pairs.map(([k, v]) => `${lang === "zh" ? zhKey(item, k) : k}=${v}`).join(" ");
}

/**
 * The item a person means, by the one resolver the check uses (decision 28); a word found in several
 * items' words lists them all, an unknown word its nearest items.
 */
export function findItem(text: string, lang: Lang): Item {
  const w = WORDS[lang];
  const found = resolveItem(text);
  if (found.ok) return found.value;
  const label = (i: Item) => `${i.code} ${lang === "zh" ? i.name : i.nameEn}`;
  const list = (items: readonly Item[]) => items.map(label).join(lang === "zh" ? "；" : "; ");
  const several = found.candidates ?? found.containedIn;
  if (several) throw new UsageError(w.severalItems(inert(text), list(several)));
  const near = found.closest.map((name) => ITEMS.find((i) => i.name === name)).filter((i): i is Item => Boolean(i));
  throw new UsageError(near.length ? w.unknownItem(inert(text), list(near)) : w.noItem(inert(text)));
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
  const item = findItem(itemText, lang);
  const values = new Map<Key, { word: string; value: string }>();
  for (const raw of pairs) {
    const pair = raw.replace("＝", "=");
    const eq = pair.indexOf("=");
    const key = eq > 0 ? KEY_OF.get(pair.slice(0, eq).trim().toLowerCase()) ?? KEY_OF.get(pair.slice(0, eq).trim()) : undefined;
    if (!key) throw new UsageError(w.badPair(inert(raw)));
    values.set(key, { word: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() });
  }
  const got = (key: Key) => values.get(key);
  const money = (key: Key): Money | null => {
    const v = got(key);
    if (!v) return null;
    if (!/^\d+(\.\d{1,2})?$/.test(v.value)) throw new UsageError(w.money(inert(v.word), inert(v.value)));
    return new Decimal(v.value);
  };
  const integer = (key: Key): number | null => {
    const v = got(key);
    if (!v) return null;
    if (!/^\d+$/.test(v.value)) throw new UsageError(w.integer(inert(v.word), inert(v.value)));
    return Number(v.value);
  };
  let level: Level | null = null;
  const levelText = got("level");
  if (levelText) {
    const l = resolveLevel(item, levelText.value);
    if (!l.ok) throw new UsageError(inert(render({ code: "UNKNOWN_LEVEL", field: "level", found: levelText.value, accepted: l.closest }, lang)));
    level = l.value;
  }
  // The one rate reader of the check, the functions and --rate (decision 28): 25 is 25%, and the calculation says so.
  const rateText = got("rate");
  const rateRead = rateText ? rateOfText(rateText.value) : null;
  if (rateText && (rateRead === null || !rateRead.ok)) throw new UsageError(w.rate(inert(rateText.word), inert(rateText.value)));
  const rate = rateRead?.ok ? rateRead : null;
  const outcome = computeAmount({
    item, level, quantity: integer("quantity"), base: money("base"), months: integer("months"), fees: money("fees"),
    rate: rate?.rate ?? null, ratePercent: rate?.percentTyped,
  });

  // What the calculation lacks is the command line's fault, not the row's: a usage error naming the keys.
  if (!outcome.ok) {
    const missing = [...new Set(outcome.issues.filter((i) => i.code === "MISSING_VALUE" && "field" in i).map((i) => (i as { field: string }).field))]
      .filter((f): f is Key => (KEYS as string[]).includes(f));
    if (missing.length) throw new UsageError(w.missing(item, missing.map((k) => (lang === "zh" ? `${zhKey(item, k)}=（${k}=）` : `${k}=`)).join(lang === "zh" ? "、" : ", ")));
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
