/**
 * Figures as a person reads them in the pane: thousands separators, two decimals kept as the engine gave
 * them. One formatter for every host: the catalogs' sentences, the terminal and the pane group alike.
 */
import { groupThousands, yuanText } from "../../engine";

export { groupThousands };

/** "110000.00" → "110,000.00 元" (Chinese) or "110,000.00 yuan" (English). */
export function yuan(amount: string, lang: "zh" | "en"): string {
  return yuanText(amount, lang);
}
