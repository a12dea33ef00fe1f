/**
 * zlib's deflate of one piece, alone in its module: the command line's codec runs it on the main thread and
 * the deflate thread (deflateWorker.ts) runs the very same function, so a piece gives the same bytes on
 * either, and the thread loads nothing but zlib.
 */
import * as zlib from "node:zlib";

/**
 * One piece of a raw-deflate stream deflated by zlib on its own (a fresh stream, no window shared with the
 * piece before): a non-last piece ends with a sync flush (byte-aligned, an empty stored block, no final
 * block), so the next piece's stream follows it and the pieces join into one valid stream, as the portable
 * deflater's do.
 */
export function deflatePieceNode(piece: Uint8Array, level: number, last: boolean): Uint8Array {
  return zlib.deflateRawSync(piece, { level, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
}
