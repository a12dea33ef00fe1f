/**
 * The command line's codec: Node's native zlib inflate (about twice fflate's speed), CRC-32, SHA-256 (about
 * eight times @noble's) and latin1 decoding (about four times the portable decoder on a 100 MB sheet part),
 * installed in place of the portable ones. Each gives exactly what the portable one gives (the same
 * inflated bytes, checksums, digests and strings; the codec tests hold them to it), so a copy is the same
 * file whichever host made it. Deflate stays fflate's, run on worker threads (deflatePool.ts): zlib's
 * bytes differ.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import * as zlib from "node:zlib";
import { deflatePoolForThisMachine, type DeflatePool } from "./deflatePool";
import { InflateLimitError, inflateInRounds, useCodec, type Codec, type InflateOptions } from "../workbook/bytes";

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
  isUtf8: (bytes) => isUtf8(bytes),
};

let pool: DeflatePool | undefined;

/**
 * Installs the native codec for the rest of the process (the check command calls it before reading), with
 * new parts' pieces deflated on worker threads where the machine has the cores.
 */
export function installNodeCodec(): void {
  pool ??= deflatePoolForThisMachine();
  useCodec(pool ? { ...nodeCodec, deflatePiece: pool.deflatePiece } : nodeCodec);
}
