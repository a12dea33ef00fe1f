/**
 * xl/styles.xml, read only for what the cells need: which cell formats (`<cellXfs>` entries, indexed by a
 * cell's s attribute) show a date.
 */
import { CLOSE, END, OPEN, XmlScanner } from "../xml/scanner";
import { isBuiltInDateFormat, isDateFormatCode } from "./numFormats";

/** Index i is true when cell format i shows dates or times. */
export function parseDateStyles(xml: string | Uint8Array, part: string): boolean[] {
  const customFormats = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const s = XmlScanner.of(xml, part);
  let inNumFmts = false;
  let inCellXfs = false;
  let xfDepth = 0;
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      if (s.is("numFmts")) inNumFmts = true;
      else if (s.is("cellXfs")) inCellXfs = true;
      else if (s.is("numFmt") && inNumFmts) {
        const id = Number(s.attr("numFmtId"));
        const code = s.attr("formatCode");
        if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
      } else if (s.is("xf") && inCellXfs) {
        // Only direct children of <cellXfs> are cell formats; nothing nests xf today, but count anyway.
        if (xfDepth++ === 0) xfFormatIds.push(Number(s.attr("numFmtId") ?? "0"));
      }
    } else if (ev === CLOSE) {
      if (s.is("numFmts")) inNumFmts = false;
      else if (s.is("cellXfs")) inCellXfs = false;
      else if (s.is("xf") && inCellXfs) xfDepth--;
    }
  }
  return xfFormatIds.map((id) => {
    const custom = customFormats.get(id);
    return custom !== undefined ? isDateFormatCode(custom) : isBuiltInDateFormat(id);
  });
}
