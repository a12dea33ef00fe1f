/**
 * A row's level from its item words and its 级别 (MEASURES.md decision 24), one rule for every host that
 * reads a row (decision 28): the check, the custom functions and `lygip explain`. The words may name the
 * level (「高级知识产权师」); a blank 级别 takes it, a 级别 restating it is the same level, and one that
 * contradicts it gives the lower of the two with LEVEL_CONFLICT. A 级别 restating the only level an item has
 * (国家级 on STANDARD_MARKET), or the rank all its levels share (国家级 on 国家知识产权优势企业), is accepted
 * silently; any other 级别 the item does not have is UNKNOWN_LEVEL.
 */
import type { Item } from "../policy/items";
import { namesLevel, type Level } from "../policy/levels";
import type { Resolved } from "../policy/lookup";
import { amountFor, policyCents } from "./amount";
import type { Issue } from "./issues";

export interface TypedLevel {
  readonly level: Level | null;
  /** UNKNOWN_LEVEL (the row cannot be computed) or LEVEL_CONFLICT (a warning: the lower level is taken). */
  readonly issue: Issue | null;
}

/**
 * The level of a row whose 级别 holds `typed` (not blank), the words naming `named`; `resolved` is `typed`
 * read against the item's levels (resolveLevel, or the check's memo of it).
 */
export function typedLevel(item: Item, named: Level | null, typed: string, resolved: Resolved<Level>): TypedLevel {
  if (resolved.ok) {
    if (!named || named === resolved.value) return { level: resolved.value, issue: null };
    const lower = lowerLevel(item, named, resolved.value);
    return {
      level: lower,
      issue: { code: "LEVEL_CONFLICT", field: "level", clause: item.clause, named: named.name, typed: resolved.value.name, lower: lower.name },
    };
  }
  // A 级别 restating the rank the item has by its name; where the amount depends on a level it does not tell,
  // the item's words must (国家知识产权优势企业), else it is no level of the item.
  if (item.onlyLevel && namesLevel(item.onlyLevel, typed) && (named !== null || !item.levelRequired)) return { level: named, issue: null };
  return { level: named, issue: { code: "UNKNOWN_LEVEL", field: "level", clause: item.clause, found: typed, accepted: resolved.closest } };
}

/** Of two levels of an item, the one paid less; the first where they are paid alike. */
function lowerLevel(item: Item, a: Level, b: Level): Level {
  const x = amountFor(item, a);
  const y = amountFor(item, b);
  if (x === null || y === null) return a;
  return policyCents(y) < policyCents(x) ? b : a;
}
