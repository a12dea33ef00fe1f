/**
 * Text to bytes and back, the same in every host (Node, a browser, a Web Worker): UTF-8 through the
 * platform's TextEncoder and TextDecoder, and the "latin1" form the XML scanner reads a part in — a byte
 * per character, code unit == byte, so an index into the string is an offset into the part.
 *
 * Not WHATWG's "latin1": TextDecoder("latin1") is windows-1252, which maps bytes 0x80–0x9F to other
 * characters (0x80 is "€"), and would corrupt the UTF-8 bytes it carries. The byte-per-character decoder
 * here is written out; a host may give a faster one of the same behaviour (see codec.ts).
 */

/**
 * Made on first use, not when the module loads: the custom functions' bundle takes this module with the
 * engine, and Excel's JavaScript-only runtime for custom functions has no TextEncoder to make at load time.
 */
let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;
const utf8Encoder = (): TextEncoder => (encoder ??= new TextEncoder());
/** Not fatal: a bad sequence becomes U+FFFD, as a part read as text always has. */
const utf8Decoder = (): TextDecoder => (decoder ??= new TextDecoder("utf-8"));

export function utf8Encode(text: string): Uint8Array {
  return utf8Encoder().encode(text);
}

/**
 * Below this many units a string is encoded by the loop below: a writer of cells encodes millions of short
 * strings (numbers' digits, codes, names), and TextEncoder.encodeInto (with the subarray it needs) costs
 * about twice the loop on those of ten units. From about 32 units on encodeInto is the faster, whatever
 * the text, and the gap grows: for 64 units of Chinese about 0.2 µs against 0.3–0.8 µs, for 128 about
 * 0.3 µs against 1.1–2.3 µs (Node 20; a sentence built up from pieces, as our explanations are, is
 * slowest in the loop). The explanations, notes and messages a copy writes are mostly that long.
 */
const SHORT_TEXT = 32;

/**
 * UTF-8 of `text` written into `into` at `at`; returns the bytes written (the caller leaves 3 a unit of
 * room). The same bytes as TextEncoder: a lone surrogate becomes U+FFFD.
 */
export function utf8EncodeInto(text: string, into: Uint8Array, at: number): number {
  if (text.length >= SHORT_TEXT) return utf8Encoder().encodeInto(text, into.subarray(at)).written;
  return utf8EncodeIntoLoop(text, into, at);
}

/** utf8EncodeInto written out, whatever the text's length: the way a host whose encodeInto costs more a call takes longer texts (codec.ts). */
export function utf8EncodeIntoLoop(text: string, into: Uint8Array, at: number): number {
  const start = at;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      into[at++] = c;
    } else if (c < 0x800) {
      into[at++] = 0xc0 | (c >> 6);
      into[at++] = 0x80 | (c & 0x3f);
    } else if ((c & 0xfc00) === 0xd800 && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c & 0x3ff) << 10) + (text.charCodeAt(++i) & 0x3ff);
      into[at++] = 0xf0 | (c >> 18);
      into[at++] = 0x80 | ((c >> 12) & 0x3f);
      into[at++] = 0x80 | ((c >> 6) & 0x3f);
      into[at++] = 0x80 | (c & 0x3f);
    } else {
      if ((c & 0xf800) === 0xd800) c = 0xfffd;
      into[at++] = 0xe0 | (c >> 12);
      into[at++] = 0x80 | ((c >> 6) & 0x3f);
      into[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at - start;
}

/** The bytes as UTF-8 text, a byte-order mark kept as U+FEFF (callers strip it where they mean to). */
export function utf8Decode(bytes: Uint8Array): string {
  return utf8Decoder().decode(bytes);
}

/** How many bytes `text` takes as UTF-8 (a lone surrogate counts as U+FFFD's three, as it is encoded). */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A pair: two units, four bytes.
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/**
 * Whether the bytes are well-formed UTF-8 (what Node's isUtf8 answers): no overlong forms, no surrogates,
 * nothing past U+10FFFF, no sequence cut short. A loop, not a fatal TextDecoder: that would build the text.
 */
export function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 >= n || (bytes[i + 1]! & 0xc0) !== 0x80) return false;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (i + 2 >= n) return false;
      const b1 = bytes[i + 1]!;
      // E0 needs A0–BF (no overlong form), ED needs 80–9F (no surrogate).
      const lo = b === 0xe0 ? 0xa0 : 0x80;
      const hi = b === 0xed ? 0x9f : 0xbf;
      if (b1 < lo || b1 > hi || (bytes[i + 2]! & 0xc0) !== 0x80) return false;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= n) return false;
      const b1 = bytes[i + 1]!;
      // F0 needs 90–BF (no overlong form), F4 needs 80–8F (nothing past U+10FFFF).
      const lo = b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xf4 ? 0x8f : 0xbf;
      if (b1 < lo || b1 > hi || (bytes[i + 2]! & 0xc0) !== 0x80 || (bytes[i + 3]! & 0xc0) !== 0x80) return false;
      i += 4;
    } else return false;
  }
  return true;
}

/** Characters decoded at a time: String.fromCharCode takes them as arguments, and long lists are slow. */
const LATIN1_CHUNK = 4096;

/** The bytes one per character (U+0000–U+00FF): code unit i is byte i. */
export function latin1Decode(bytes: Uint8Array): string {
  if (bytes.length <= LATIN1_CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += LATIN1_CHUNK) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, Math.min(bytes.length, i + LATIN1_CHUNK)) as unknown as number[]));
  }
  return parts.join("");
}

/** The inverse of latin1Decode: each code unit's low byte (the string holds only U+0000–U+00FF). */
export function latin1Encode(text: string, into?: Uint8Array, at = 0): Uint8Array {
  const out = into ?? new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
  return out;
}

/** Reused for the short values the scanner decodes by the million (the decoder copies what it reads). */
const scratch = new Uint8Array(4096);

/** A slice of a part read as latin1, decoded as the UTF-8 text its bytes are. */
export function utf8OfLatin1(slice: string): string {
  if (slice.length > scratch.length) return utf8Decoder().decode(latin1Encode(slice));
  latin1Encode(slice, scratch);
  return utf8Decoder().decode(scratch.subarray(0, slice.length));
}

/** UTF-16LE code units as bytes (OLE2 stream names are searched for this way). */
export function utf16leEncode(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >>> 8;
  }
  return out;
}
