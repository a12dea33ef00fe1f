/**
 * Unit identity (MEASURES.md decision 11): a unit is one applicant however its rows name it. A normalised
 * name and a valid 统一社会信用代码 seen together on any row of the batch or any history entry are one unit;
 * a row or entry that carries only that name, or only that code, belongs to it. A name seen with two
 * different valid codes is two units, and a row naming only that name is UNIT_AMBIGUOUS. Caps,
 * duplicates and the one-time and two-year rules all count per unit key.
 */
import { normalise } from "../policy/normalise";
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

/** A unit cell's normalised name, "" where blank. */
export function nameKeyOf(unit: string | null): string {
  return unit ? nameOf(unit) : "";
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
  private readonly codesByName = new Map<string, string | Set<string>>();

  constructor(entries: Iterable<Named> = []) {
    for (const e of entries) this.add(validCode(e.creditCode), e.unit ? nameOf(e.unit) : "");
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
    const code = validCode(e.creditCode);
    const name = e.unit ? nameOf(e.unit) : "";
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
