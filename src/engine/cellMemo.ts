/**
 * What one check remembers of the text in its cells: a batch repeats the same credit codes, unit names,
 * levels, districts and outcomes row after row, and each distinct text is read once. Made per check
 * (checkBatch) and handed to what reads the cells; a single reading (a test, a custom function) makes its
 * own. Nothing is kept between checks: no module holds a cache.
 */
import type { Item } from "../policy/items";
import type { Level } from "../policy/levels";
import { resolveLevel, type Resolved } from "../policy/lookup";
import { memoise } from "../policy/memo";
import { normalise } from "../policy/normalise";
import { checkCreditCode, type CreditCodeCheck } from "./creditCode";
import { ConditionReaders, readCondition, type ConditionReading } from "./outcome";

/**
 * Distinct credit code and unit cells kept at most: above the units of a large batch, so a unit's cells are
 * read once however many rows it has.
 */
const MAX_UNIT_CELLS = 100_000;
/** Distinct level cells kept per item: a batch types a handful. */
const MAX_LEVEL_CELLS = 1_000;

export class CellMemo {
  private readonly codes = memoise(checkCreditCode, MAX_UNIT_CELLS);
  private readonly names = memoise(normalise, MAX_UNIT_CELLS);
  private readonly levels = new Map<Item, (text: string) => Resolved<Level>>();
  private readonly conditions = new ConditionReaders();

  /** A credit code cell checked (decision 11): its canonical code and division, or what is wrong with it. */
  creditCode(text: string): CreditCodeCheck {
    return this.codes(text);
  }

  /** The valid credit code of a cell, in its canonical form, or null. */
  validCode(creditCode: string | null): string | null {
    if (!creditCode) return null;
    const checked = this.codes(creditCode);
    return checked.ok ? checked.code : null;
  }

  /** A unit cell's normalised name, "" where blank. */
  nameKey(unit: string | null): string {
    return unit ? this.names(unit) : "";
  }

  /** A level cell of an item resolved (src/policy/lookup). */
  level(item: Item, text: string): Resolved<Level> {
    let lookup = this.levels.get(item);
    if (!lookup) this.levels.set(item, (lookup = memoise((t) => resolveLevel(item, t), MAX_LEVEL_CELLS)));
    return lookup(text);
  }

  /** An outcome cell read against the item's condition (decision 17). */
  condition(item: Item, outcome: string | null): ConditionReading {
    return readCondition(item, outcome, this.conditions);
  }
}
