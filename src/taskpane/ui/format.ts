/** Figures as a person reads them in the pane: thousands separators, two decimals kept as the engine gave them. */

/** "110000.00" → "110,000.00". The text is the engine's exact figure; only separators are added. */
export function groupThousands(amount: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(amount);
  if (!m) return amount;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}`;
}

/** "110000.00" → "110,000.00 元" (Chinese) or "110,000.00 yuan" (English). */
export function yuan(amount: string, lang: "zh" | "en"): string {
  return `${groupThousands(amount)} ${lang === "zh" ? "元" : "yuan"}`;
}
