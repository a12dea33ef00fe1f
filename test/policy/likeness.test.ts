/**
 * The suggestions an unknown item or level gets: the labels whose best key is most like the word, ties in
 * the labels' order, none below the floor. Held to the rule as written — every key of every label scored by
 * a plain longest common subsequence of UTF-16 code units, then sorted — over words made of the item keys'
 * own characters (so that most words share some with most keys), with typos, containment and surrogates.
 */
import fc from "fast-check";
import { ITEMS } from "../../src/policy/items";
import { resolveItem, resolveLevel } from "../../src/policy/lookup";
import { Labels, likeness, type LabelKeys } from "../../src/policy/likeness";
import { normalise } from "../../src/policy/normalise";
import { sampled } from "../support/sampled";

/** The rule as written: a table of lengths, one character at a time. */
function plainCommon(a: string, b: string): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) t[i][j] = a[i - 1] === b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
  }
  return t[a.length][b.length];
}

function plainLikeness(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short)) return 0.9 + 0.1 * (short.length / long.length);
  return (2 * plainCommon(a, b)) / (a.length + b.length);
}

function plainClosest(key: string, options: readonly LabelKeys[], count: number, floor: number): string[] {
  const scored = options.map((o, order) => ({ label: o.label, order, score: Math.max(0, ...o.keys.map((k) => plainLikeness(key, k))) }));
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.filter((s) => s.score >= floor).slice(0, count).map((s) => s.label);
}

const ITEM_OPTIONS: LabelKeys[] = ITEMS.map((i) => ({ label: i.name, keys: [i.code, i.name, i.nameEn, ...i.aliases].map(normalise) }));
const KEYS = ITEM_OPTIONS.flatMap((o) => o.keys);
/** The characters of the items' keys, and a surrogate pair's halves. */
const UNITS = [...new Set(KEYS.join("").split("")), "\ud83d", "\ude00"];

/** A word like those typed: a key with characters changed, dropped or added, a part of one, or characters at random. */
const word = fc.oneof(
  fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((u) => u.join("")),
  fc.tuple(fc.constantFrom(...KEYS), fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...UNITS), fc.boolean()), { maxLength: 4 })).map(([key, edits]) => {
    let w = key;
    for (const [at, unit, drop] of edits) {
      const i = at % (w.length + 1);
      w = drop ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + unit + w.slice(i);
    }
    return w;
  }),
  fc.tuple(fc.constantFrom(...KEYS), fc.nat(), fc.nat()).map(([key, a, b]) => key.slice(a % (key.length + 1), b % (key.length + 1) + 1)),
);

describe("suggestions for an unknown word", () => {
  it("score a word and a key as the longest common subsequence says, containment first", () => {
    fc.assert(fc.property(word, fc.oneof(word, fc.constantFrom(...KEYS)), (a, b) => {
      expect(likeness(a, b)).toBe(plainLikeness(a, b));
    }), sampled(3000));
  });

  it("are the labels the rule as written ranks first, for the items (three, at least 0.4 alike) and with no floor", () => {
    const items = new Labels(ITEM_OPTIONS);
    fc.assert(fc.property(word, (w) => {
      expect(items.closest(w, 3, 0.4)).toEqual(plainClosest(w, ITEM_OPTIONS, 3, 0.4));
      expect(items.closest(w, ITEM_OPTIONS.length, 0)).toEqual(plainClosest(w, ITEM_OPTIONS, ITEM_OPTIONS.length, 0));
    }), sampled(500));
  });

  it("keep the labels' order between equally alike labels, and leave out every label below the floor", () => {
    const options: LabelKeys[] = [{ label: "甲", keys: ["abcd"] }, { label: "乙", keys: ["abce"] }, { label: "丙", keys: ["wxyz"] }];
    // 「abcf」 shares three of four characters with 甲 and 乙 alike (0.75), none with 丙.
    expect(new Labels(options).closest("abcf", 3, 0.4)).toEqual(["甲", "乙"]);
    expect(new Labels([...options].reverse()).closest("abcf", 3, 0.4)).toEqual(["乙", "甲"]);
    expect(new Labels(options).closest("abcf", 3, 0)).toEqual(["甲", "乙", "丙"]);
  });

  it("reach the item and level resolvers: a typo of an item's name is offered that item first", () => {
    const nav = ITEMS.find((i) => i.code === "PATENT_NAV")!;
    const typo = nav.name.replace("导航", "导般");
    const read = resolveItem(typo);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.closest[0]).toBe(nav.name);
    const withLevels = ITEMS.find((i) => (i.levels?.length ?? 0) > 1)!;
    const level = resolveLevel(withLevels, "不是任何级别");
    expect(level.ok).toBe(false);
    if (!level.ok) expect([...level.closest].sort()).toEqual(withLevels.levels!.map((l) => l.name).sort());
  });
});
