/**
 * An item as typed, read for a host that reports issues (the check, --history, the custom functions):
 * the one resolver of src/policy (decision 28), its failure made the issue every host shows alike.
 */
import type { Item } from "../policy/items";
import { levelNamedBy, type Level } from "../policy/levels";
import { resolveItem } from "../policy/lookup";
import type { Issue } from "./issues";

export type ItemRead = { readonly ok: true; readonly item: Item } | { readonly ok: false; readonly issue: Issue };

export function readItemWord(text: string): ItemRead {
  const found = resolveItem(text);
  if (found.ok) return { ok: true, item: found.value };
  // Words that name several items equally well (decision 20) are AMBIGUOUS_ITEM; the product never picks one.
  if (found.candidates) {
    return { ok: false, issue: { code: "AMBIGUOUS_ITEM", field: "item", found: text, candidates: found.candidates.map((c) => c.name) } };
  }
  return { ok: false, issue: { code: "UNKNOWN_ITEM", field: "item", found: text, closest: found.closest } };
}

/** An item cell read once: the item or its issue, and the level its words name (decision 24), if any. */
export interface ItemCellReading {
  readonly read: ItemRead;
  readonly named: Level | null;
}

/** Distinct item cells kept at most: a batch repeats a few dozen, a hostile file may repeat none. */
const MAX_CELLS = 10_000;

/** A row's item and level, as a row holds them: one pair shared by every row of the item and level. */
export interface ItemLevel {
  readonly item: Item | null;
  readonly level: Level | null;
}

const NO_ITEM: ItemLevel = Object.freeze({ item: null, level: null });

/**
 * What one check remembers of its item cells: a batch types the same few words on row after row, and
 * reading them (the resolver, the level the words name) normalises the text each time. Made per check.
 */
export class ItemCellMemo {
  private readonly cells = new Map<string, ItemCellReading>();
  private readonly pairs = new Map<Item, Map<Level | null, ItemLevel>>();

  /** The pair of an item and a level (a level only with an item), the same object for every row that has them. */
  pair(item: Item | null, level: Level | null): ItemLevel {
    if (item === null) return NO_ITEM;
    let byLevel = this.pairs.get(item);
    if (!byLevel) this.pairs.set(item, (byLevel = new Map()));
    let pair = byLevel.get(level);
    if (!pair) byLevel.set(level, (pair = Object.freeze({ item, level })));
    return pair;
  }

  of(text: string): ItemCellReading {
    let reading = this.cells.get(text);
    if (reading === undefined) {
      const read = readItemWord(text);
      reading = { read, named: read.ok ? levelNamedBy(read.item, text) : null };
      if (this.cells.size >= MAX_CELLS) this.cells.clear();
      this.cells.set(text, reading);
    }
    return reading;
  }
}
