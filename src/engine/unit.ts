/**
 * Unit identity (MEASURES.md decision 11): a unit is one applicant however its rows name it. A normalised
 * name and a valid 统一社会信用代码 seen together on any row of the batch or any history entry are one unit;
 * a row or entry that carries only that name, or only that code, belongs to it. A name seen with two
 * different valid codes is two units, and a row naming only that name is UNIT_AMBIGUOUS. Caps,
 * duplicates and the one-time and two-year rules all count per unit key.
 */
import { CellMemo } from "./cellMemo";
import type { Issue } from "./issues";

interface Named {
  readonly unit: string | null;
  readonly creditCode: string | null;
}

/** What the batch knows of who is who: the valid codes each normalised name was seen with. */
export class UnitDirectory {
  private readonly codesByName = new Map<string, string | Set<string>>();

  /** `cells`: the check's memo of its cells, where the directory reads codes and names. */
  constructor(entries: Iterable<Named> = [], private readonly cells: CellMemo = new CellMemo()) {
    for (const e of entries) this.add(cells.validCode(e.creditCode), cells.nameKey(e.unit));
  }

  /** A valid code and a normalised name seen together. */
  add(code: string | null, name: string): void {
    if (!code || !name) return;
    const codes = this.codesByName.get(name);
    if (codes === undefined) this.codesByName.set(name, code);
    else if (typeof codes === "string") {
      if (codes !== code) this.codesByName.set(name, new Set([codes, code]));
    } else codes.add(code);
  }

  /** The unit key of a row or entry, and UNIT_AMBIGUOUS where its name alone goes with several codes. */
  keyOf(e: Named): { key: string; issue?: Issue } {
    const code = this.cells.validCode(e.creditCode);
    const name = this.cells.nameKey(e.unit);
    const key = this.keyFor(code, name);
    const issue = this.ambiguity(code, name, e.unit);
    return issue ? { key, issue } : { key };
  }

  /** The unit key from a valid code (or null) and a normalised name. */
  keyFor(code: string | null, name: string): string {
    if (code) return code;
    if (!name) return "";
    const codes = this.codesByName.get(name);
    if (typeof codes === "string") return codes;
    return `name:${name}`;
  }

  /** UNIT_AMBIGUOUS where a row has no valid code and its name goes with several; else null. */
  ambiguity(code: string | null, name: string, unit: string | null): Issue | null {
    if (code || !name) return null;
    const codes = this.codesByName.get(name);
    if (codes === undefined || typeof codes === "string") return null;
    return { code: "UNIT_AMBIGUOUS", field: "unit", name: unit!.trim(), codes: [...codes].sort() };
  }
}
