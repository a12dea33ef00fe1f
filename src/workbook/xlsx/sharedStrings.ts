/**
 * xl/sharedStrings.xml: each `<si>` is plain (`<t>`) or rich text (`<r><t>` runs, concatenated), read by the
 * cell grammar of cellContent.ts: phonetic guides (`<rPh>`), extension lists and other namespaces are not
 * part of the text.
 */
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "../xml/scanner";
import { CellContent, INLINE, mainPrefix, TEXT as TEXT_RUN } from "./cellContent";
import { decodeOoxmlEscapes } from "./ooxmlText";

export function parseSharedStrings(xml: string | Uint8Array, part: string): string[] {
  const strings: string[] = [];
  const s = XmlScanner.of(xml, part);
  const content = new CellContent();
  let prefix = "";
  let inSi = false;
  let current = "";
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      if (inSi) content.open(s);
      else if (s.level === 1) prefix = mainPrefix(s);
      else if (s.level === 2 && s.is("si") && s.hasPrefix(prefix)) {
        // An empty <si/> is an empty string, still counted: the indexes after it depend on it.
        if (s.selfClosing) strings.push("");
        else {
          inSi = true;
          current = "";
          content.enter(INLINE, prefix);
        }
      }
    } else if (ev === CLOSE) {
      if (!inSi) continue;
      if (!content.atCell) content.close();
      else {
        strings.push(decodeOoxmlEscapes(current));
        inSi = false;
      }
    } else if (ev === TEXT && inSi && content.kind === TEXT_RUN) {
      current += s.text();
    }
  }
  return strings;
}
