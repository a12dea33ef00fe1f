/**
 * A number for a reference number or person ID such that equal identifiers (identifierKey, decision 11)
 * get equal numbers, made without building the key where the text is plain ASCII (nearly every reference
 * number): the cross-row rules then look identifiers up by a small integer instead of by a key string
 * kept for every row of the batch. Different identifiers may share a number; a caller that finds one
 * compares the keys themselves (identifierKey).
 */
import { identifierKey } from "../policy/normalise";

/** FNV-1a over UTF-16 units, kept to 30 bits so the number stays a small integer for V8. */
function hashUnits(text: string, fold: boolean): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (fold && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h & 0x3fffffff;
}

/**
 * Printable ASCII without spaces or square brackets: normalise (src/policy) only folds its case, and no
 * character is a look-alike but "-", which folds to itself. The same test as normalise's PLAIN.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x5b || c === 0x5d) return false;
  }
  return true;
}

/** hashUnits of identifierKey(text); -1 where the key is "" (no identifier). */
export function identifierHash(text: string): number {
  if (isPlain(text)) return text.length === 0 ? -1 : hashUnits(text, true);
  const key = identifierKey(text);
  return key === "" ? -1 : hashUnits(key, false);
}

/** The same number from the key itself: what identifierHash must equal (tests). */
export function hashOfKey(key: string): number {
  return key === "" ? -1 : hashUnits(key, false);
}
