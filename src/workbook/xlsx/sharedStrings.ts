/**
 * xl/sharedStrings.xml: each `<si>` is plain (`<t>`) or rich text (`<r><t>` runs, concatenated). Phonetic
 * guides (`<rPh>`, furigana/pinyin) are annotations on the text, not part of it, and are skipped.
 */
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "../xml/scanner";
import { decodeOoxmlEscapes } from "./ooxmlText";

export function parseSharedStrings(xml: string | Uint8Array, part: string): string[] {
  const strings: string[] = [];
  const s = XmlScanner.of(xml, part);
  let inSi = false;
  let phoneticDepth = 0;
  let inT = false;
  let current = "";
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      if (s.is("si")) {
        inSi = true;
        current = "";
      } else if (s.is("rPh")) phoneticDepth++;
      else if (s.is("t") && inSi && phoneticDepth === 0) inT = true;
    } else if (ev === CLOSE) {
      if (s.is("si")) {
        strings.push(decodeOoxmlEscapes(current));
        inSi = false;
      } else if (s.is("rPh")) phoneticDepth = Math.max(0, phoneticDepth - 1);
      else if (s.is("t")) inT = false;
    } else if (ev === TEXT && inT) {
      current += s.text();
    }
  }
  return strings;
}
