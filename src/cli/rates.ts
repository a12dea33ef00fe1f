/**
 * `--rate ITEM=RATE`: a yearly rate at or below the clause's maximum (MEASURES.md decision 2), read in
 * src/check as every host reads it. Anything else is a usage error, said before any file is read.
 */
import type { CheckSettings } from "../engine";
import { settingsOfRateSpecs, type RateSpecProblem } from "../check";
import type { UsageProblem } from "./usageProblem";
import { UsageError } from "./io";

export { UsageError };

export function parseRates(specs: readonly string[]): CheckSettings {
  const read = settingsOfRateSpecs(specs);
  if (read.ok) return read.settings;
  throw new UsageError(rateUsageProblem(read.problem));
}

/** The rate reader's problem (src/check, as every host reads --rate) as the command line's usage code. */
function rateUsageProblem(p: RateSpecProblem): UsageProblem {
  switch (p.kind) {
    case "shape":
      return { code: "RATE_SHAPE", spec: p.spec };
    case "unknown":
      return p.several ? { code: "RATE_UNKNOWN_ITEM", text: p.text, near: p.names, several: true } : { code: "RATE_UNKNOWN_ITEM", text: p.text, near: p.names };
    case "notRate":
      return { code: "RATE_NOT_RATE", item: p.item.code };
    case "fixed":
      return { code: "RATE_FIXED", item: p.item.code, rate: p.rate, clause: p.item.clause };
    case "notNumber":
      return { code: "RATE_NOT_NUMBER", text: p.text };
    case "above":
      return { code: "RATE_ABOVE_MAX", item: p.item.code, rate: p.rate, clause: p.item.clause, max: p.max };
  }
}
