/**
 * How alike a typed word is to the words the policy knows, for the suggestions an unknown item or level
 * gets (src/policy/lookup): a file may hold thousands of distinct unknown words, each compared with every
 * key of every item, so the comparison reads character codes and one row of numbers, and skips a key that
 * could not change the answer.
 */

/** How alike two normalised texts are, 0..1 (1: equal): containment near 1, else 2·LCS / (|a| + |b|). */
export function likeness(a: string, b: string): number {
  return likenessAbove(a, sortedUnits(a), { text: b, units: sortedUnits(b) }, 0, new Int32Array(b.length + 1));
}

/** An accepted value and the normalised keys it is known by. */
export interface LabelKeys {
  readonly label: string;
  readonly keys: readonly string[];
}

/** A key with its code units sorted, for the bound on what it can have in common with a word. */
interface SortedKey {
  readonly text: string;
  readonly units: Uint16Array;
}

/**
 * Accepted values to suggest from, their keys prepared once. `closest` gives the labels most like a word
 * (normalised), best first: at most `count`, and only those at least `floor` alike, so an unrelated item is
 * never suggested for being early in the list. Alike is the best over a label's keys of likeness(): a key
 * that contains the text (or is contained in it) scores near 1; otherwise the Dice coefficient of their
 * longest common subsequence, 2·LCS / (|a| + |b|), which forgives a wrong, missing or extra character
 * (「专利导般」 is 0.75 like 「专利导航」). Ties keep the labels' order.
 */
export class Labels {
  private readonly keys: readonly (readonly SortedKey[])[];
  private readonly longest: number;

  constructor(private readonly options: readonly LabelKeys[]) {
    this.keys = options.map((o) => o.keys.map((text) => ({ text, units: sortedUnits(text) })));
    let longest = 0;
    for (const o of options) for (const k of o.keys) if (k.length > longest) longest = k.length;
    this.longest = longest;
  }

  closest(key: string, count: number, floor: number): string[] {
    const row = new Int32Array(this.longest + 1);
    const units = sortedUnits(key);
    const scored: { label: string; order: number; score: number }[] = [];
    for (let order = 0; order < this.options.length; order++) {
      let best = 0;
      for (const k of this.keys[order]) {
        const score = likenessAbove(key, units, k, best > floor ? best : floor, row);
        if (score > best) best = score;
      }
      if (best >= floor) scored.push({ label: this.options[order].label, order, score: best });
    }
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.slice(0, count).map((s) => s.label);
  }
}

/**
 * likeness(a, k) where it may reach `least`; else some lower number (0), without counting the common
 * subsequence: it has no more code units than the two texts have in common, counted with repeats, so
 * 2·that / (|a| + |k|) bounds what counting can give, and most keys of an unrelated word fall below it.
 */
function likenessAbove(a: string, aUnits: Uint16Array, k: SortedKey, least: number, row: Int32Array): number {
  const b = k.text;
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  // Containment ranks above any typo, the closer in length the higher.
  if (long.includes(short)) return 0.9 + 0.1 * (short.length / long.length);
  if ((2 * inCommon(aUnits, k.units)) / (a.length + b.length) < least) return 0;
  return (2 * commonSubsequence(a, b, row)) / (a.length + b.length);
}

/** A text's UTF-16 code units in ascending order. */
function sortedUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units.sort();
}

/** How many code units two sorted lists have in common, each counted as often as both have it. */
function inCommon(a: Uint16Array, b: Uint16Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}

/** The length of the longest common subsequence of two texts' UTF-16 code units; `row` has room for |b| + 1. */
function commonSubsequence(a: string, b: string, row: Int32Array): number {
  const n = b.length;
  row.fill(0, 0, n + 1);
  for (let i = 0; i < a.length; i++) {
    const unit = a.charCodeAt(i);
    let diag = 0;
    let left = 0;
    for (let j = 1; j <= n; j++) {
      const up = row[j];
      const here = unit === b.charCodeAt(j - 1) ? diag + 1 : up > left ? up : left;
      row[j] = here;
      left = here;
      diag = up;
    }
  }
  return row[n];
}
