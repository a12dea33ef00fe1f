/**
 * One zip entry inflated piece by piece, so a reader that stops early (a sheet past the row limit, a styles
 * part past Excel's cell formats) neither inflates nor holds the rest. Node has no documented synchronous
 * streaming inflate, so each round inflates a longer prefix of the compressed bytes with a sync flush: a
 * truncated deflate stream then yields every byte it can, and the output of a prefix is a prefix of the
 * whole output. Only what is new since the last round is handed on. The prefix grows fourfold per round, so
 * all rounds together inflate at most 4/3 of what the last one does; a small entry is one round.
 */
import { constants, inflateRawSync } from "node:zlib";
import { LIMITS, type Limits } from "../limits";
import { ReadError } from "../readError";
import { crc32 } from "./crc32";
import { bombDetail, checksumFailure, entryBound, inflateFailure } from "./readZip";
import type { ZipEntry } from "./types";

/** Gives the next piece of the inflated entry, or undefined once it is all given and its checksum holds. */
export type ChunkSource = () => Uint8Array | undefined;

/** Compressed bytes inflated by the first round; an entry no larger is inflated in one go. */
const FIRST_ROUND = 256 * 1024;
const GROWTH = 4;
/** Largest piece handed on: the reader turns each into text, and should not hold much more at once. */
const PIECE = 1024 * 1024;

export function inflateChunks(e: ZipEntry, limits: Limits = LIMITS): ChunkSource {
  const bound = entryBound(e, limits);
  const total = e.compressedSize;
  let compressedRead = 0;
  let output: Uint8Array = new Uint8Array(0);
  let given = 0;
  let crc = 0;
  let checked = false;

  const nextRound = (): void => {
    if (e.method === 0) {
      output = e.raw;
      compressedRead = total;
      return;
    }
    compressedRead = compressedRead === 0 ? Math.min(total, FIRST_ROUND) : Math.min(total, compressedRead * GROWTH);
    const last = compressedRead === total;
    let out: Uint8Array;
    try {
      out = inflateRawSync(e.raw.subarray(0, compressedRead), {
        maxOutputLength: bound + 1,
        // Output in one chunk, so it is not gathered from many small ones: the last round's is the declared
        // size, as for a whole-entry read; an earlier round's is guessed from the last (four times the input,
        // about four times the output), and a guess too small only costs a copy.
        chunkSize: Math.max(1024, last ? bound + 64 : Math.min(bound + 64, Math.max(PIECE, Math.ceil(output.length * GROWTH * 1.25)))),
        ...(last ? {} : { finishFlush: constants.Z_SYNC_FLUSH }),
      });
    } catch (err) {
      throw inflateFailure(err, e, bound, limits);
    }
    if (out.length > bound) throw new ReadError("zip-bomb", bombDetail(e.name, out.length, e.compressedSize, limits));
    if (out.length < given) throw checksumFailure(e);
    output = out;
  };

  return () => {
    while (given === output.length && compressedRead < total) nextRound();
    if (given < output.length) {
      const piece = output.subarray(given, Math.min(output.length, given + PIECE));
      given += piece.length;
      crc = crc32(piece, crc);
      return piece;
    }
    if (!checked) {
      checked = true;
      if (given !== e.uncompressedSize || crc !== e.crc32) throw checksumFailure(e);
    }
    return undefined;
  };
}
