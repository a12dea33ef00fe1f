/**
 * Unit identity (MEASURES.md decision 11): a unit is one applicant however its rows name it. A normalised
 * name and a valid 统一社会信用代码 seen together on any row of the batch or any history entry are one unit;
 * a row or entry that carries only that name, or only that code, belongs to it. A name seen with two
 * different valid codes is two units, and a row naming only that name is UNIT_AMBIGUOUS. Caps,
 * duplicates and the one-time and two-year rules all count per unit key.
 */
import { normalise } from "../policy";
import { memoise } from "../policy/memo";
import { checkCreditCode } from "./creditCode";
import type { Issue } from "./issues";

const byCode = memoise((code: string) => {
  const checked = checkCreditCode(code);
  return checked.ok ? checked.code : null;
}, 100_000);
const nameOf = memoise((unit: string) => normalise(unit), 100_000);

/** The valid credit code of a cell, in its canonical form, or null. */
export function validCode(creditCode: string | null): string | null {
  return creditCode ? byCode(creditCode) : null;
}

/** A unit's key from its own row alone: the valid code, else the normalised name (the APPROVE function). */
export function unitKeyOf(unit: string | null, creditCode: string | null): string {
  const code = validCode(creditCode);
  if (code) return code;
  const name = unit ? nameOf(unit) : "";
  return name ? `name:${name}` : "";
}

interface Named {
  readonly unit: string | null;
  readonly creditCode: string | null;
}

/** What the batch knows of who is who: the valid codes each normalised name was seen with. */
export class UnitDirectory {
  private readonly codesByName = new Map<string, Set<string>>();

  constructor(entries: Iterable<Named>) {
    for (const e of entries) {
      const code = validCode(e.creditCode);
      const name = e.unit ? nameOf(e.unit) : "";
      if (!code || !name) continue;
      let codes = this.codesByName.get(name);
      if (!codes) this.codesByName.set(name, (codes = new Set()));
      codes.add(code);
    }
  }

  /** The unit key of a row or entry, and UNIT_AMBIGUOUS where its name alone goes with several codes. */
  keyOf(e: Named): { key: string; issue?: Issue } {
    const code = validCode(e.creditCode);
    if (code) return { key: code };
    const name = e.unit ? nameOf(e.unit) : "";
    if (!name) return { key: "" };
    const codes = this.codesByName.get(name);
    if (codes && codes.size === 1) return { key: codes.values().next().value as string };
    if (codes && codes.size > 1) {
      return {
        key: `name:${name}`,
        issue: { code: "UNIT_AMBIGUOUS", field: "unit", name: e.unit!.trim(), codes: [...codes].sort() },
      };
    }
    return { key: `name:${name}` };
  }
}
