/**
 * A whole number of 分 as the sentences show it, "30,000.00 元" / "30,000.00 yuan" (yuanOfCents) and
 * "30,000.00" (groupThousands of formatCents), made from the number's groups of three digits rather than
 * by formatting it and then grouping the text: every figure of every explanation and message comes through
 * here, several times a row (the note, the report in two languages), about a million at 100,000 rows.
 * Anything but a safe whole number goes the long way, as before.
 */
import { formatCents, groupThousands } from "../money";
import type { Lang } from "./render";

/** ".00" … ".99" by the fraction in 分, bare and with each language's unit. */
export const FRACTIONS = Array.from({ length: 100 }, (_, f) => `.${String(f).padStart(2, "0")}`);
const WITH_UNIT: Readonly<Record<Lang, readonly string[]>> = {
  zh: FRACTIONS.map((f) => `${f} 元`),
  en: FRACTIONS.map((f) => `${f} yuan`),
};
/** ",000" … ",999": a group of three digits after the first. */
const GROUPS = Array.from({ length: 1000 }, (_, g) => `,${String(g).padStart(3, "0")}`);

function figure(cents: number, tail: readonly string[]): string {
  const negative = cents < 0;
  const c = negative ? -cents : cents;
  const fraction = c % 100;
  let whole = (c - fraction) / 100;
  let out = tail[fraction]!;
  while (whole >= 1000) {
    const group = whole % 1000;
    out = GROUPS[group]! + out;
    whole = (whole - group) / 1000;
  }
  out = String(whole) + out;
  return negative ? `-${out}` : out;
}

/** yuanOfCents(cents, lang): "30,000.00 元", "-0.05 yuan". */
export function yuanFigure(cents: number, lang: Lang): string {
  if (!Number.isSafeInteger(cents)) return `${groupThousands(formatCents(cents))} ${lang === "zh" ? "元" : "yuan"}`;
  return figure(cents, WITH_UNIT[lang]);
}

/** groupThousands(formatCents(cents)): "10,000.00", a figure of a rule in a product, without its unit. */
export function groupedCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) return groupThousands(formatCents(cents));
  return figure(cents, FRACTIONS);
}
