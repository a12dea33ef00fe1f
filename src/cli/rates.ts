/**
 * `--rate ITEM=RATE`: a yearly rate at or below the clause's maximum (MEASURES.md decision 2), read in
 * src/check as every host reads it. Anything else is a usage error, said before any file is read.
 */
import { citeClause, itemNames, type CheckSettings, type Lang } from "../engine";
import { ITEMS } from "../policy";
import { settingsOfRateSpecs, type RateSpecProblem } from "../check";
import { UsageError } from "./io";
import { inert } from "./terminalText";

export { UsageError };

const WORDS = {
  zh: {
    shape: (s: string) => `--rate 应写作 事项=比例，如 PLEDGE_LOAN=0.25（收到「${s}」）`,
    unknown: (t: string, near: string) => `--rate：无法识别支持事项「${t}」` + (near ? `；最接近的是：${near}` : ""),
    notRate: (code: string, name: string) => `--rate：${code}（${name}）不按比例计算`,
    fixed: (code: string, rate: string, clause: string) => `--rate：${code} 的比例 ${rate} 由${citeClause(clause, "zh")}固定，不能另设`,
    notNumber: (t: string) => `--rate：「${t}」不是比例；应为大于 0、至多 100% 的比例，如 0.25、25 或 25%`,
    above: (code: string, rate: string, clause: string, max: string) => `--rate：${code} 的比例 ${rate} 超过${citeClause(clause, "zh")}规定的最高比例 ${max}`,
  },
  en: {
    shape: (s: string) => `--rate is item=rate, e.g. PLEDGE_LOAN=0.25 (got "${s}")`,
    unknown: (t: string, near: string) => `--rate: unknown item "${t}"` + (near ? `; nearest: ${near}` : ""),
    notRate: (code: string, name: string) => `--rate: ${code} (${name}) is not computed at a rate`,
    fixed: (code: string, rate: string, clause: string) => `--rate: the rate of ${code}, ${rate}, is fixed by ${citeClause(clause, "en")} and cannot be set`,
    notNumber: (t: string) => `--rate: "${t}" is not a rate above 0 and at most 100%; write 0.25, 25 or 25%`,
    above: (code: string, rate: string, clause: string, max: string) => `--rate: ${rate} for ${code} is above the maximum ${max} of ${citeClause(clause, "en")}`,
  },
} as const;

export function parseRates(specs: readonly string[], lang: Lang = "zh"): CheckSettings {
  const read = settingsOfRateSpecs(specs);
  if (read.ok) return read.settings;
  throw new UsageError(rateProblemText(read.problem, lang));
}

function rateProblemText(p: RateSpecProblem, lang: Lang): string {
  const w = WORDS[lang];
  switch (p.kind) {
    case "shape":
      return w.shape(inert(p.spec));
    case "unknown":
      return w.unknown(inert(p.text), lang === "zh" ? itemNames(p.names) : english(p.names));
    case "notRate":
      return w.notRate(p.item.code, lang === "zh" ? p.item.name : p.item.nameEn);
    case "fixed":
      return w.fixed(p.item.code, p.rate, p.item.clause);
    case "notNumber":
      return w.notNumber(inert(p.text));
    case "above":
      return w.above(p.item.code, p.rate, p.item.clause, p.max);
  }
}

/** An English reader is offered the codes and English names, which --rate takes as well. */
function english(names: readonly string[]): string {
  return names.map((n) => {
    const item = ITEMS.find((i) => i.name === n);
    return item ? `${item.code} (${item.nameEn})` : n;
  }).join("; ");
}
