/**
 * What a file that is not an xlsx is, so the message can say what to do: an old .xls, a password-protected
 * workbook (Excel wraps those in an OLE2 compound file), a web-page table or an XML Spreadsheet 2003 (what
 * many systems export as .xls), a CSV saved under the wrong name, or something else.
 */
import type { UnreadableReason } from "../../engine/issues";
import type { ZipArchive } from "./types";
import { indexOfBytes } from "../bytes/bytes";
import { latin1Decode, utf16leEncode } from "../bytes/text";

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle2(bytes: Uint8Array): boolean {
  if (bytes.length < OLE2_MAGIC.length) return false;
  return OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

/** Stream names in an OLE2 directory are UTF-16LE; searching for them is enough to recognise the kind. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return indexOfBytes(bytes, utf16leEncode(text)) >= 0;
}

/** An OLE2 file: encrypted OOXML ("EncryptedPackage"/"EncryptionInfo" streams) or a BIFF .xls workbook. */
export function classifyOle2(bytes: Uint8Array): UnreadableReason {
  if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo")) return "encrypted";
  if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) return "xls";
  return "not-zip";
}

/**
 * Text with a delimiter on its first line and no binary bytes looks like CSV. Encoding is not decided here
 * (Chinese CSVs are often GBK): only control bytes rule text out.
 */
export function looksLikeCsv(bytes: Uint8Array): boolean {
  // Excel's "Unicode text" export is UTF-16LE with a byte-order mark, tab-separated.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = new TextDecoder("utf-16le").decode(bytes.subarray(2, 2 + (Math.min(bytes.length - 2, 4096) & ~1)));
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text) && /[,;\t]/.test(firstLine);
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (head.length === 0) return false;
  let firstLineDelimiter = false;
  let inFirstLine = true;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
    if (b === 0x7f) return false;
    if (b === 0x0a || b === 0x0d) inFirstLine = false;
    if (inFirstLine && (b === 0x2c || b === 0x3b || b === 0x09)) firstLineDelimiter = true;
  }
  return firstLineDelimiter;
}

/** What Excel's XML Spreadsheet 2003 declares as its namespace. */
const XML_SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet";
/** Where an HTML table starts, among the first bytes of a web page. */
const HTML_START = /<(?:!doctype\s+html|html|table|head|body|meta)\b/i;

/**
 * Markup (the first character, after a byte-order mark and white space, is "<"): an XML Spreadsheet 2003
 * by its namespace, a web page by its first elements, or undefined. Read before the CSV test, whose
 * delimiter a page's first line often holds (content="text/html; charset=utf-8").
 */
export function markupKind(bytes: Uint8Array): "xml-spreadsheet" | "html" | undefined {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] !== 0x3c) return undefined;
  const head = latin1Decode(bytes.subarray(i, Math.min(bytes.length, i + 4096)));
  if (head.includes(XML_SPREADSHEET_NS)) return "xml-spreadsheet";
  return HTML_START.test(head) ? "html" : undefined;
}

/**
 * JSON text (the --json report, an export of records): after a byte-order mark and white space, an object
 * opening with a quoted key, or an array opening with an object. Read before the CSV test, since a compact
 * report's first line is full of commas; a CSV whose first field is bracketed ([备注],…) is not taken for it.
 */
export function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const skipSpace = () => {
    while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  };
  skipSpace();
  const open = bytes[i];
  if (open !== 0x7b && open !== 0x5b) return false;
  i++;
  skipSpace();
  // {"key" … or [{ …
  return open === 0x7b ? bytes[i] === 0x22 : bytes[i] === 0x7b;
}

/** Why a file that is not a zip cannot be read. */
export function sniffNonZip(bytes: Uint8Array): UnreadableReason {
  if (bytes.length === 0) return "empty";
  if (isOle2(bytes)) return classifyOle2(bytes);
  const markup = markupKind(bytes);
  if (markup) return markup;
  if (looksLikeJson(bytes)) return "json";
  if (looksLikeCsv(bytes)) return "csv";
  return "not-zip";
}

/**
 * A zip that is another kind of spreadsheet, by its parts: an OpenDocument file names its kind in its
 * "mimetype" entry; an Excel binary workbook keeps its workbook as xl/workbook.bin (BIFF12 records) where an
 * xlsx has xl/workbook.xml; an Apple Numbers document (Numbers 3 and later) keeps its archives as
 * Index/*.iwa, or all in an Index.zip; a Word document or a PowerPoint presentation keeps its main part as
 * word/document.xml or ppt/presentation.xml. Undefined for anything else.
 */
export function sniffZip(archive: ZipArchive): UnreadableReason | undefined {
  if (archive.has("mimetype")) {
    const kind = latin1Decode(archive.read("mimetype").subarray(0, 100));
    if (kind.startsWith("application/vnd.oasis.opendocument")) return "ods";
  }
  if (archive.has("xl/workbook.xml")) return undefined;
  if (archive.has("xl/workbook.bin")) return "xlsb";
  if (archive.has("Index/Document.iwa") || archive.has("Index.zip")) return "numbers";
  // Word and PowerPoint packages are OOXML too: without this they would read as a workbook with no sheets.
  if (archive.has("word/document.xml")) return "docx";
  if (archive.has("ppt/presentation.xml")) return "pptx";
  return undefined;
}
