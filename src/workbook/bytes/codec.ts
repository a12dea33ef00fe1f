/**
 * The byte work the core cannot do in plain JavaScript cheaply, behind one interface so the core runs the
 * same in every host: the command line (Node), a browser page's Web Worker, the task pane. The core never
 * imports a Node module; it calls `codec()`. The default (`portableCodec`) is plain JavaScript on
 * Uint8Array, fflate and @noble/hashes, and runs anywhere.
 *
 * A host may install faster implementations with `useCodec` (the command line does, src/cli/nodeCodec.ts).
 * Inflate, checksums, digests and text must give exactly what the portable ones give. Deflate must give a
 * stream that inflates to exactly the bytes given, with pieces that join as `deflatePiece` says, and the
 * same bytes every time in that host; its compressed bytes may be its own (zlib's on the command line differ
 * from fflate's). So a copy made by the command line and one made in a browser are the same workbook, part
 * for part (the same entries, in the same order, with the same inflated bytes), though not the same zip
 * bytes; one host makes the same file byte for byte every time.
 */
import type * as Fflate from "fflate";
import type * as NobleSha2 from "@noble/hashes/sha2";
import type * as NobleUtils from "@noble/hashes/utils";
import { concatBytes } from "./bytes";
import { isUtf8, latin1Decode, latin1Encode, utf8EncodeInto } from "./text";

/*
 * fflate and @noble/hashes are loaded the first time the portable codec uses them, not with this module: a
 * host that installs its own (the command line: Node's zlib and crypto) never loads them. They were about a
 * quarter of the command line's module loading (fflate builds its Huffman tables as it loads). A bundler
 * (the page, the task pane) resolves these requires as it resolves an import, so the core still needs
 * nothing of Node's.
 */
let fflateLoaded: typeof Fflate | undefined;
let nobleLoaded: { sha2: typeof NobleSha2; utils: typeof NobleUtils } | undefined;
// eslint-disable-next-line no-restricted-globals -- resolved by every bundler; see above
const fflate = (): typeof Fflate => (fflateLoaded ??= require("fflate") as typeof Fflate);
const noble = () =>
  // eslint-disable-next-line no-restricted-globals -- resolved by every bundler; see above
  (nobleLoaded ??= { sha2: require("@noble/hashes/sha2") as typeof NobleSha2, utils: require("@noble/hashes/utils") as typeof NobleUtils });

/** Thrown by `inflateRaw` when the output would pass `maxOutput` (a zip bomb, or an entry that lies). */
export class InflateLimitError extends Error {
  constructor() {
    super("inflated output past its bound");
    this.name = "InflateLimitError";
  }
}

export interface InflateOptions {
  /**
   * `data` may be the start of a stream: every byte it yields is given, and its end is no error. Without
   * it, a stream that does not end within `data` is damaged.
   */
  readonly partial?: boolean;
  /** The output size expected (an entry's declared size): a host may allocate it in one go. */
  readonly sizeHint?: number;
}

/** A SHA-256 in progress. */
export interface Sha256 {
  update(bytes: Uint8Array): void;
  /** The digest as 64 lowercase hex digits; the hash is finished. */
  hex(): string;
}

/** The compressed bytes of a piece handed to `deflatePiece`, waited for if need be. */
export type DeflatedPiece = () => Uint8Array;

export interface Codec {
  /**
   * Raw deflate (method 8, no zlib header) inflated. Throws InflateLimitError once the output would pass
   * `maxOutput` bytes (having made little more than that), any other Error for damaged data.
   */
  inflateRaw(data: Uint8Array, maxOutput: number, options?: InflateOptions): Uint8Array;
  /**
   * The same inflate, handed on a piece at a time as asked for (undefined once all is given), so a reader
   * that stops early never inflates the rest. Throws as `inflateRaw` does, from the call that meets it.
   */
  inflateRawChunks(data: Uint8Array, maxOutput: number): () => Uint8Array | undefined;
  /**
   * One piece of a raw-deflate stream deflated on its own (see zip/deflatePieces.ts): no back-reference
   * before its start; ends byte-aligned with an empty stored block (a sync flush) so the next piece's
   * stream can follow it, or, when `last`, with the final block. The bytes depend only on the piece, its
   * level and `last` (within one host: each host's deflater compresses in its own way). The deflater owns
   * `piece` from now on. The result may come later: pieces handed out in order are taken in that order.
   */
  deflatePiece(piece: Uint8Array, level: number, last: boolean): DeflatedPiece;
  /** CRC-32 (IEEE 802.3, the zip checksum) of `bytes`, continuing from `previous`. */
  crc32(bytes: Uint8Array, previous: number): number;
  sha256(): Sha256;
  /** The bytes one a character, code unit == byte (never WHATWG's windows-1252 "latin1"). */
  latin1Decode(bytes: Uint8Array): string;
  /**
   * A string of characters below 256 (UTF-8 bytes one a character) written into `into` at `at`, a byte a
   * character: the way back of latin1Decode.
   */
  latin1EncodeInto(text: string, into: Uint8Array, at: number): void;
  /**
   * UTF-8 of `text` written into `into` at `at` (room for 3 bytes a unit); returns the bytes written. The
   * same bytes as TextEncoder (a lone surrogate becomes U+FFFD). A writer encodes millions of texts a copy:
   * where the platform's encodeInto costs most is the host's to say.
   */
  utf8EncodeInto(text: string, into: Uint8Array, at: number): number;
  /** Whether the bytes are well-formed UTF-8. */
  isUtf8(bytes: Uint8Array): boolean;
}

/**
 * Compressed bytes handed to fflate's inflater at a time. Deflate inflates to at most 1032 times its size,
 * and fflate hands on the output of a whole slice at once: slices are kept to about the bound's 1/1032, so
 * a bomb stops within about twice its bound, and are at most 64 KiB (larger ones are no faster).
 */
const MAX_INFLATE_SLICE = 64 * 1024;
const MIN_INFLATE_SLICE = 1024;
const DEFLATE_MAX_RATIO = 1032;

/** The compressed bytes pushed at a time for output bounded by `maxOutput` (a host's inflate may push the same). */
export function sliceFor(maxOutput: number): number {
  return Math.min(MAX_INFLATE_SLICE, Math.max(MIN_INFLATE_SLICE, Math.ceil(maxOutput / DEFLATE_MAX_RATIO)));
}

/** Raw inflate with fflate's streaming inflater, fed a slice at a time so a bomb stops near its bound. */
export function inflateRawPortable(data: Uint8Array, maxOutput: number, options: InflateOptions = {}): Uint8Array {
  if (data.length === 0 && !options.partial) throw new Error("inflate: no data");
  const out: Uint8Array[] = [];
  let total = 0;
  const inflater = new (fflate().Inflate)((chunk) => {
    total += chunk.length;
    if (total > maxOutput) throw new InflateLimitError();
    if (chunk.length > 0) out.push(chunk);
  });
  const slice = sliceFor(maxOutput);
  for (let i = 0; i < data.length; i += slice) {
    const end = Math.min(data.length, i + slice);
    inflater.push(data.subarray(i, end), end === data.length && !options.partial);
  }
  return out.length === 1 ? out[0]! : concatBytes(out, total);
}

/** fflate's streaming inflater, fed a slice at a time as output is asked for. */
export function inflateRawChunksPortable(data: Uint8Array, maxOutput: number): () => Uint8Array | undefined {
  const ready: Uint8Array[] = [];
  let total = 0;
  let at = 0;
  const inflater = new (fflate().Inflate)((chunk) => {
    total += chunk.length;
    if (total > maxOutput) throw new InflateLimitError();
    if (chunk.length > 0) ready.push(chunk);
  });
  const slice = sliceFor(maxOutput);
  // No data gives no output here (the caller's size and checksum decide), as the rounds below do.
  return () => {
    while (ready.length === 0 && at < data.length) {
      const end = Math.min(data.length, at + slice);
      inflater.push(data.subarray(at, end), end === data.length);
      at = end;
    }
    return ready.shift();
  };
}

/** Rounds of a streamed inflate from a one-shot one (see inflateInRounds). */
const FIRST_ROUND = 256 * 1024;
const GROWTH = 4;
const ROUND_PIECE = 1024 * 1024;

/**
 * A streamed inflate made from a one-shot inflate that can take a prefix of the stream (`partial`): each
 * round inflates a longer prefix of the compressed bytes, and only what is new since the last round is
 * handed on (the output of a prefix is a prefix of the whole output). The prefix grows fourfold per round,
 * so all rounds together inflate at most 4/3 of what the last one does; a small entry is one round. For a
 * host whose inflate has no synchronous streaming form (Node's zlib).
 *
 * The rounds are counted back from the whole (roundEnds): prefixes counted forward from the first round
 * end where the entry ends, and the round before the last may be nearly as long as it (r100k's sheet, 10.5
 * MB compressed: rounds of 0.25, 1, 4 and 10.5 MB inflated 82 MB for its 55).
 */
export function inflateInRounds(
  inflateRaw: Codec["inflateRaw"], data: Uint8Array, maxOutput: number,
): () => Uint8Array | undefined {
  const ends = roundEnds(data.length);
  let round = 0;
  let read = 0;
  let given = 0;
  let output: Uint8Array = new Uint8Array(0);
  return () => {
    while (given === output.length && read < data.length) {
      read = ends[round++]!;
      const last = read === data.length;
      // The last round's output is all of it; an earlier round's is guessed from the last (four times the
      // input, about four times the output).
      const sizeHint = last ? maxOutput : Math.min(maxOutput, Math.max(ROUND_PIECE, Math.ceil(output.length * GROWTH * 1.25)));
      const out = inflateRaw(data.subarray(0, read), maxOutput, { partial: !last, sizeHint });
      // A longer prefix never yields less: if it does, the stream is not what it seemed.
      if (out.length < given) throw new Error("inflate: output shrank");
      output = out;
    }
    if (given === output.length) return undefined;
    const piece = output.subarray(given);
    given = output.length;
    return piece;
  };
}

/**
 * Where each round of inflateInRounds ends in the compressed bytes: the whole, and before it the whole over
 * 4, 16, … while that is at least FIRST_ROUND. Every round is a quarter of the next, so the rounds before
 * the last add at most a third to its work (the last one inflates the whole in any case).
 */
export function roundEnds(length: number): number[] {
  const ends = [length];
  for (let end = Math.floor(length / GROWTH); end >= FIRST_ROUND; end = Math.floor(end / GROWTH)) ends.unshift(end);
  return ends;
}

/**
 * fflate's deflate of one piece: a fresh compressor for each (no window shared with the piece before), so
 * the bytes depend only on the piece, its level and whether it is the last.
 */
export function deflatePieceNow(piece: Uint8Array, level: number, last: boolean): Uint8Array {
  const out: Uint8Array[] = [];
  let total = 0;
  const deflater = new (fflate().Deflate)({ level: level as 1 }, (chunk) => {
    if (chunk.length === 0) return;
    out.push(chunk);
    total += chunk.length;
  });
  if (last) deflater.push(piece, true);
  else {
    deflater.push(piece, false);
    // Everything pushed, as non-final blocks; the bits of the last byte are still held.
    deflater.flush(false);
    const trailer = syncTrailer((deflater as unknown as { s: { r?: number } }).s.r ?? 0);
    out.push(trailer);
    total += trailer.length;
  }
  return out.length === 1 ? out[0]! : concatBytes(out, total);
}

/**
 * What a sync flush appends: the last, partly written byte, then an empty non-final stored block (three
 * zero header bits, padding to the byte, LEN 0000, NLEN FFFF). fflate 0.8.3's `flush(true)` writes this
 * block at the wrong offset when a partial byte is held, so it is written here from fflate's state:
 * `held` is (bits used in the last byte) | (that byte) << 3, as fflate keeps it between blocks.
 */
export function syncTrailer(held: number): Uint8Array {
  const bits = held & 7;
  // The header's three bits go after `bits` (a fresh byte when none are held); past the byte, into one more.
  const head = bits >= 6 ? 2 : 1;
  const out = new Uint8Array(head + 4);
  if (bits !== 0) out[0] = (held >> 3) & ((1 << bits) - 1);
  out[head + 2] = 0xff;
  out[head + 3] = 0xff;
  return out;
}

/**
 * CRC-32 tables for slicing-by-16: table k gives a byte's CRC followed by k zero bytes (table 0 is the
 * byte-at-a-time table).
 */
const CRC_TABLES = (() => {
  const t = new Int32Array(16 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 16; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

/** Table-driven CRC-32, a byte at a time: the definition the faster crc32Sliced is held to. */
export function crc32Table(bytes: Uint8Array, previous = 0): number {
  const t = CRC_TABLES;
  let c = ~previous;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * CRC-32 (IEEE), 16 bytes a step: the same value as crc32Table, several times faster (the portable codec's,
 * and the page's; checking a sheet part of tens of megabytes a byte at a time cost most of a second).
 */
export function crc32Sliced(bytes: Uint8Array, previous = 0): number {
  const t = CRC_TABLES;
  const n = bytes.length;
  let c = ~previous;
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const a = c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    c = t[3840 + (a & 0xff)]! ^ t[3584 + ((a >>> 8) & 0xff)]! ^ t[3328 + ((a >>> 16) & 0xff)]! ^ t[3072 + (a >>> 24)]!
      ^ t[2816 + bytes[i + 4]!]! ^ t[2560 + bytes[i + 5]!]! ^ t[2304 + bytes[i + 6]!]! ^ t[2048 + bytes[i + 7]!]!
      ^ t[1792 + bytes[i + 8]!]! ^ t[1536 + bytes[i + 9]!]! ^ t[1280 + bytes[i + 10]!]! ^ t[1024 + bytes[i + 11]!]!
      ^ t[768 + bytes[i + 12]!]! ^ t[512 + bytes[i + 13]!]! ^ t[256 + bytes[i + 14]!]! ^ t[bytes[i + 15]!]!;
  }
  for (; i < n; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export const portableCodec: Codec = {
  inflateRaw: inflateRawPortable,
  inflateRawChunks: inflateRawChunksPortable,
  deflatePiece: (piece, level, last) => {
    const out = deflatePieceNow(piece, level, last);
    return () => out;
  },
  crc32: crc32Sliced,
  sha256: () => {
    const { sha2, utils } = noble();
    const hash = sha2.sha256.create();
    return { update: (bytes) => void hash.update(bytes), hex: () => utils.bytesToHex(hash.digest()) };
  },
  latin1Decode,
  latin1EncodeInto: (text, into, at) => void latin1Encode(text, into, at),
  utf8EncodeInto,
  isUtf8,
};

let current: Codec = portableCodec;

/** The codec in use: the portable one unless the host installed its own. */
export function codec(): Codec {
  return current;
}

/**
 * Installs a host's implementations of some of the codec's functions, each behaving as the portable one
 * (the same bytes out; for deflate, a stream of the same inflated bytes); returns the codec that was in
 * use, so a caller can put it back.
 */
export function useCodec(overrides: Partial<Codec>): Codec {
  const before = current;
  current = { ...current, ...overrides };
  return before;
}
