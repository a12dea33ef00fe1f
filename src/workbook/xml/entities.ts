/**
 * The only entities an xlsx part may use: the five predefined ones and numeric character references. With
 * DTDs refused (see scanner.ts) no other entity can be declared, so any other `&name;` is malformed.
 */
import { ReadError } from "../readError";

const NAMED = new Map<string, string>([
  ["lt", "<"], ["gt", ">"], ["amp", "&"], ["quot", '"'], ["apos", "'"],
]);

/** Decodes entity and character references in `raw`; `part` names the part in the error. */
export function decodeEntities(raw: string, part: string): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw new ReadError("bad-xml", { d: "entity-unterminated", part });
    out += raw.slice(from, amp) + decodeOne(raw.slice(amp + 1, semi), part);
    from = semi + 1;
    amp = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}

function decodeOne(ref: string, part: string): string {
  const named = NAMED.get(ref);
  if (named !== undefined) return named;
  if (ref.charCodeAt(0) === 0x23 /* # */) {
    const hex = ref.charCodeAt(1) === 0x78 /* x */;
    const digits = ref.slice(hex ? 2 : 1);
    const valid = hex ? /^[0-9A-Fa-f]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
    const code = valid ? parseInt(digits, hex ? 16 : 10) : -1;
    if (isXmlChar(code)) return String.fromCodePoint(code);
  }
  throw new ReadError("bad-xml", { d: "entity-unknown", part, ref: ref.slice(0, 10) });
}

/** Characters XML 1.0 allows at all (a character reference to anything else is malformed). */
function isXmlChar(c: number): boolean {
  return (
    c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** XML end-of-line handling: CR LF and lone CR read as LF. */
export function normaliseNewlines(raw: string): string {
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}
