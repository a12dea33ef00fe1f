/**
 * A CSV file as a sheet (RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes),
 * so a CSV history is read exactly like a worksheet. Every field is text; the cell readers read numbers
 * and dates from text as they do from typed cells. A byte-order mark and CRLF, LF or CR line ends are
 * accepted; a file whose first line has tabs and no commas is read as tab-separated.
 */
import type { RawCell, SheetGrid } from "../types";

/**
 * A CSV file's bytes as text. Excel on Chinese Windows saves "CSV (逗号分隔)" in GBK (code page 936), with
 * no mark saying so; "CSV UTF-8" starts with a byte-order mark, "Unicode 文本" is UTF-16LE with one. So: a
 * UTF-8 or UTF-16 byte-order mark says which; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030, which
 * reads every GBK file and also the four-byte characters WPS and GB18030 writers use for rare characters in
 * names (㐀, 𠀀). Named "gb18030", not "gbk": Node's decoder for "gbk" is two-byte GBK only, and turns those
 * characters into replacement characters and digits that match no unit.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * A CSV read as a sheet. `unreadableLines`: where a quote is never closed, the lines from the one it opens on
 * to the end of the file, which a spreadsheet program would run into one cell: they are left out of the
 * rows and named, never read as one value in silence.
 */
export type CsvGrid = SheetGrid & { readonly unreadableLines?: readonly number[] };

/** Line breaks (CR LF, LF or CR) in src[from, to). */
function breaks(src: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === LF || (c === CR && src.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

export function parseCsv(text: string, name: string): CsvGrid {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = pickDelimiter(src);
  const rows = new Map<number, (RawCell | undefined)[]>();
  let maxRow = 0;
  let maxCol = 0;
  let row: (RawCell | undefined)[] = [];
  let rowNo = 1;
  let field = "";
  let i = 0;
  const n = src.length;
  /** The physical line (1-based) `i` is on. */
  let line = 1;
  let unreadableLines: number[] | undefined;

  const endField = () => {
    row.push(field === "" ? undefined : { t: "s", v: field });
    field = "";
  };
  const endRow = () => {
    endField();
    if (row.some((c) => c !== undefined)) {
      rows.set(rowNo, row);
      maxRow = rowNo;
      for (let c = row.length - 1; c >= 0; c--) {
        if (row[c] !== undefined) {
          if (c > maxCol) maxCol = c;
          break;
        }
      }
    }
    row = [];
    rowNo++;
  };

  while (i < n) {
    const ch = src.charCodeAt(i);
    if (ch === QUOTE && field === "") {
      // A quoted field: runs to the next lone quote; "" stands for one quote. An unclosed quote would take
      // the rest of the file: its record and every line after it are named unreadable instead.
      const opened = i;
      i++;
      let start = i;
      let value = "";
      for (;;) {
        const q = src.indexOf('"', i);
        if (q < 0) {
          const last = line + breaks(src, opened, n) - (n > 0 && (src.charCodeAt(n - 1) === LF || src.charCodeAt(n - 1) === CR) ? 1 : 0);
          const first = line;
          unreadableLines = [];
          for (let l = first; l <= last; l++) unreadableLines.push(l);
          row = [];
          field = "";
          return { name, rows, maxRow, maxCol, merges: [], unreadableLines };
        }
        if (src.charCodeAt(q + 1) === QUOTE) {
          value += src.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        value += src.slice(start, q);
        i = q + 1;
        break;
      }
      line += breaks(src, opened, i);
      field = value;
      // Anything between the closing quote and the delimiter is kept, as spreadsheet programs do.
      while (i < n && src[i] !== delimiter && src.charCodeAt(i) !== CR && src.charCodeAt(i) !== LF) field += src[i++];
      continue;
    }
    if (src[i] === delimiter) {
      endField();
      i++;
    } else if (ch === CR || ch === LF) {
      endRow();
      line++;
      i += ch === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
    } else {
      const next = nextStop(src, i, delimiter);
      field += src.slice(i, next);
      i = next;
    }
  }
  if (field !== "" || row.length > 0) endRow();
  return { name, rows, maxRow, maxCol, merges: [] };
}

/** The index of the next delimiter or line end at or after `from`. */
function nextStop(src: string, from: number, delimiter: string): number {
  let i = from;
  while (i < src.length) {
    const ch = src.charCodeAt(i);
    if (ch === CR || ch === LF || src[i] === delimiter) break;
    i++;
  }
  return i;
}

function pickDelimiter(src: string): string {
  let end = src.search(/\r|\n/);
  if (end < 0) end = src.length;
  const first = src.slice(0, end);
  return first.includes("\t") && !first.includes(",") ? "\t" : ",";
}
