/**
 * The command line's codec: Node's native versions of what the portable codec does in JavaScript, installed
 * in its place because they are measurably faster on this machine (50 MB unless said): zlib inflate about
 * twice fflate's speed (97 MB sheet part: 0.47 s against 0.9–1.2 s), CRC-32 9× (0.04 s against 0.38 s),
 * SHA-256 9× (0.09 s against 0.85 s), latin1 decoding 4× (97 MB: 0.39 s against 1.5 s), latin1 encoding 8× and the UTF-8
 * check 100× (0.002 s against 0.2 s). Each gives exactly what the portable one gives (the same inflated
 * bytes, checksums, digests and strings; test/cli/nodeCodec.test.ts holds them to it).
 *
 * Deflate is zlib's: the 230 MB of XML a copy of 100,000 rows writes took fflate 3.4–3.7 s and takes zlib
 * 0.9–1.3 s at the same levels, for the same sizes. Its compressed bytes are not fflate's, so the command
 * line's copy and the page's are the same workbook part for part, not the same zip (codec.ts). A large
 * part's pieces are deflated on a second thread while the main thread makes the next ones, and taken back
 * synchronously (deflateThread.ts); a small piece, and every piece where no thread can start, is deflated
 * here. The bytes are deflatePieceNode's either way, so the copy is the same file byte for byte. At 100,000
 * rows, on a 2-core machine too busy (load 6–12) to tell wall times apart, the main thread's CPU time fell
 * from 12.0–12.5 s to 10.1–10.8 s (three runs each), the thread taking 1.6 s; the process's CPU time stayed
 * the same (15.1–16.6 s, seven runs) and its peak grew from 364–370 MB to 382–391 MB (the thread's own V8
 * heap, the 4 MB ring, its garbage between collections).
 * A first try handed pieces to a worker by asynchronous messages: about 1.3 s more CPU and 60 MB more
 * memory, and no measurable time saved.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import * as zlib from "node:zlib";
import { InflateLimitError, inflateInRounds, useCodec, type Codec, type InflateOptions } from "../workbook/bytes";
import { DeflateThread } from "./deflateThread";

export { deflatePieceNode } from "./deflatePieceNode";

/**
 * One deflate thread for the process, started when a large piece comes (deflateThread.ts), or before, when
 * the check knows one will (checkCommand.ts); exported so a test can see whether a check started it.
 */
export const deflateThread = new DeflateThread();

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export function inflateRawNode(data: Uint8Array, maxOutput: number, options: InflateOptions = {}): Uint8Array {
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, {
      // zlib refuses a limit of 0; a longer output is refused below.
      maxOutputLength: Math.max(1, maxOutput),
      // One output chunk of the expected size: no concatenating copy at the end.
      chunkSize: Math.max(1024, (options.sizeHint ?? 0) + 64),
      ...(options.partial ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : {}),
    });
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw new InflateLimitError();
    throw err;
  }
  if (out.length > maxOutput) throw new InflateLimitError();
  return out;
}

/**
 * latin1Decode's way back, by Buffer's native latin1 writer: some eight times the JavaScript loop's speed on
 * the spans of a row (the table's sheet goes out through it, 78 MB at 100,000 rows). Short text keeps the
 * loop, which costs less than the Buffer view made for the call.
 */
export function latin1EncodeIntoNode(text: string, into: Uint8Array, at: number): void {
  if (text.length < 64 || at + text.length > into.length) {
    // (Past the buffer's end the loop drops what does not fit, as the portable one does.)
    for (let i = 0; i < text.length; i++) into[at + i] = text.charCodeAt(i);
    return;
  }
  Buffer.from(into.buffer, into.byteOffset, into.byteLength).write(text, at, text.length, "latin1");
}

export const nodeCodec: Partial<Codec> = {
  inflateRaw: inflateRawNode,
  // Node has no documented synchronous streaming inflate: rounds of the one-shot one.
  inflateRawChunks: (data, maxOutput) => inflateInRounds(inflateRawNode, data, maxOutput),
  ...(nativeCrc32 ? { crc32: (bytes: Uint8Array, previous: number) => nativeCrc32(bytes, previous) >>> 0 } : {}),
  sha256: () => {
    const hash = createHash("sha256");
    return { update: (bytes) => void hash.update(bytes), hex: () => hash.digest("hex") };
  },
  latin1Decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"),
  latin1EncodeInto: latin1EncodeIntoNode,
  isUtf8: (bytes) => isUtf8(bytes),
  deflatePiece: (piece, level, last) => deflateThread.deflatePiece(piece, level, last),
};

/** Installs the native codec for the rest of the process (the check command calls it before reading). */
export function installNodeCodec(): void {
  useCodec(nodeCodec);
}
