/**
 * Resolving what people type (an item code, its Chinese name, an alias, a clause number; a level; a
 * district) to the policy's own entries. An unknown value yields the closest accepted values, so the
 * message can list them (APPLICATION-TABLE.md "Items and levels").
 */
import { DISTRICTS, type District } from "./districts";
import { ITEMS, type Item, type ItemCode } from "./items";
import { levelPrefix, type Level } from "./levels";
import { Labels, type LabelKeys } from "./likeness";
import { normalise } from "./normalise";

/**
 * A failure lists the closest accepted values; where the text names several items equally well
 * (decision 20), `candidates` holds them all and `closest` their names: the product never picks one.
 */
export type Resolved<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** The accepted names most like the text, nearest first; none where nothing is alike. */
      readonly closest: readonly string[];
      readonly candidates?: readonly T[];
      /** Several items whose words contain the text (「专利」): too wide to pick, listed in full where a host can. */
      readonly containedIn?: readonly T[];
    };

/**
 * Words that name more than one item equally well (MEASURES.md decision 20): 「开放许可」 may be the
 * declaration or a concluded licence, 「维权」 domestic or overseas enforcement.
 */
export const AMBIGUOUS_ITEM_WORDS: Readonly<Record<string, readonly ItemCode[]>> = {
  开放许可: ["OPEN_LICENSE_DECLARE", "OPEN_LICENSE_DEAL"],
  专利开放许可: ["OPEN_LICENSE_DECLARE", "OPEN_LICENSE_DEAL"],
  维权: ["ENFORCEMENT_DOMESTIC", "ENFORCEMENT_OVERSEAS"],
  知识产权维权: ["ENFORCEMENT_DOMESTIC", "ENFORCEMENT_OVERSEAS"],
};

/** Every key an item is known by, normalised, to the items it names (more than one: ambiguous). */
const itemIndex = new Map<string, Item[]>();
const index = (text: string, item: Item) => {
  const k = normalise(text);
  const items = itemIndex.get(k);
  if (!items) itemIndex.set(k, [item]);
  else if (!items.includes(item)) items.push(item);
};
const byClause = new Map<string, Item[]>();
for (const item of ITEMS) byClause.set(item.clause, [...(byClause.get(item.clause) ?? []), item]);
for (const item of ITEMS) for (const key of [item.code, item.name, item.nameEn, ...item.aliases]) index(key, item);
// A clause number names its items: one item resolves, several are ambiguous (「（七）」: loan, securitisation, insurance).
for (const [clause, items] of byClause) {
  const numeral = clause.slice(1, -1);
  for (const form of [clause, numeral, `第${numeral}条`, `第${clause}条`]) {
    const k = normalise(form);
    if (!itemIndex.has(k)) itemIndex.set(k, [...items]);
  }
}
for (const [word, codes] of Object.entries(AMBIGUOUS_ITEM_WORDS)) {
  itemIndex.set(normalise(word), codes.map((c) => ITEMS.find((i) => i.code === c)!));
}

/**
 * Each word a level is known by (「国家知识产权优势企业」), normalised, to the items that have the level: a
 * word of one item's level names that item (decision 24). 国家级 and 省级 belong to several and name none.
 */
const levelWordItems = new Map<string, Item[]>();
for (const item of ITEMS) {
  for (const level of item.levels ?? []) {
    for (const word of [level.name, ...level.aliases]) {
      const k = normalise(word);
      const items = levelWordItems.get(k);
      if (!items) levelWordItems.set(k, [item]);
      else if (!items.includes(item)) items.push(item);
    }
  }
}

const itemKeys = (i: Item) => [i.code, i.name, i.nameEn, ...i.aliases];
const ITEM_OPTIONS: readonly LabelKeys[] = ITEMS.map((i) => ({ label: i.name, keys: itemKeys(i).map(normalise) }));
const ITEM_LABELS = new Labels(ITEM_OPTIONS);
/** Each item's code, name and clause normalised, in ITEMS order: made once, not for every word read. */
const ITEM_FORMS = ITEMS.map((i) => ({ code: normalise(i.code), name: normalise(i.name), clause: normalise(i.clause) }));
/**
 * An unknown item word is offered at most three items, each at least 0.4 alike (./likeness), so an unrelated
 * item is never suggested for being early in the list.
 */
const SUGGESTIONS = 3;
const LIKE_ENOUGH = 0.4;
/** A word this short names nothing by being part of an item's words (「证」, 「奖」). */
const MIN_PART = 2;

/**
 * Resolve an item from a code, name, alias or (single-item) clause number, or a word found in the words of
 * one item only (「导航」, 「pledge」). The one resolver of item words (decision 28): the check, explain,
 * --rate, --history, the custom functions and the pane all call it, so a word means the same everywhere.
 * It remembers nothing: a check remembers its own item cells (src/engine/itemWords).
 */
export function resolveItem(text: string): Resolved<Item> {
  const key = normalise(text);
  const hits = itemIndex.get(key);
  if (hits && hits.length === 1) return { ok: true, value: hits[0] };
  if (hits) return { ok: false, closest: hits.map((i) => i.name), candidates: hits };
  // "PLEDGE_LOAN 知识产权质押融资贴息" or "（七）知识产权质押融资贴息": a code or a clause in front of a name.
  for (let n = 0; n < ITEMS.length; n++) {
    const { code, name, clause } = ITEM_FORMS[n];
    if (key.startsWith(code) || key.endsWith(name)) {
      const rest = key.replace(code, "").replace(clause, "");
      if (rest === "" || rest === name) return { ok: true, value: ITEMS[n] };
    }
  }
  const containing = key.length < MIN_PART ? [] : ITEMS.filter((_, n) => ITEM_OPTIONS[n].keys.some((k) => k.includes(key)));
  if (containing.length === 1) return { ok: true, value: containing[0] };
  if (containing.length === 0) {
    // 「国家知识产权优势企业」: the words of one item's level (decision 24).
    const byLevel = levelWordItems.get(key);
    if (byLevel?.length === 1) return { ok: true, value: byLevel[0] };
    // 「国家级知识产权运营中心」: a level in front of the words of an item that has that level (decision 24).
    const prefix = levelPrefix(key);
    if (prefix !== null) {
      const rest = resolveItem(prefix.rest);
      if (rest.ok && rest.value.levels?.includes(prefix.level)) return rest;
    }
  }
  const closestNames = ITEM_LABELS.closest(key, SUGGESTIONS, LIKE_ENOUGH);
  return containing.length ? { ok: false, closest: closestNames, containedIn: containing } : { ok: false, closest: closestNames };
}

/**
 * Each item's levels by every normalised word they are known by, the first level first: made once from the
 * policy's own words and never changed, so resolving a level is one normalising and one look-up.
 */
const levelIndex = new Map<Item, ReadonlyMap<string, Level>>(ITEMS.map((item) => [item, levelsByWord(item)]));

function levelsByWord(item: Item): ReadonlyMap<string, Level> {
  const byWord = new Map<string, Level>();
  for (const level of item.levels ?? []) {
    for (const k of [level.name, level.nameEn, ...level.aliases]) {
      const key = normalise(k);
      if (!byWord.has(key)) byWord.set(key, level);
    }
  }
  return byWord;
}

/** Resolve a level of an item; items without levels accept none. It remembers nothing (a check does, per check). */
export function resolveLevel(item: Item, text: string): Resolved<Level> {
  const key = normalise(text);
  const level = (levelIndex.get(item) ?? levelsByWord(item)).get(key);
  if (level) return { ok: true, value: level };
  // Every level is listed (an item has few), nearest first.
  const options = (item.levels ?? []).map((l) => ({ label: l.name, keys: [l.name, ...l.aliases].map(normalise) }));
  return { ok: false, closest: options.length ? new Labels(options).closest(key, options.length, 0) : [] };
}

/** The districts by every normalised word they are known by, the first district first: made once, never changed. */
const districtIndex = new Map<string, District>();
for (const d of DISTRICTS) {
  for (const k of [d.name, d.nameEn, ...d.aliases]) {
    const key = normalise(k);
    if (!districtIndex.has(key)) districtIndex.set(key, d);
  }
}

/** The province and city a district is often written under: 江苏省连云港市海州区 is 海州区. */
const CITY_PREFIX = /^(?:江苏省?)?连云港市?/;

export function resolveDistrict(text: string): District | undefined {
  const key = normalise(text);
  const found = districtIndex.get(key);
  if (found !== undefined) return found;
  const rest = key.replace(CITY_PREFIX, "");
  return rest !== key && rest !== "" ? districtIndex.get(rest) : undefined;
}

