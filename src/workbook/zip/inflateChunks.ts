/**
 * One zip entry inflated piece by piece, so a reader that stops early (a sheet past the row limit, a styles
 * part past Excel's cell formats) neither inflates nor holds the rest. The codec streams the inflate
 * (fflate's streaming inflater; on the command line, rounds of Node's one-shot inflate); here the output is
 * bounded, cut into pieces of at most a megabyte, and its size and checksum checked at the end.
 */
import { codec } from "../bytes/codec";
import { LIMITS, type Limits } from "../limits";
import { ReadError } from "../readError";
import { crc32 } from "./crc32";
import { bombDetail, checksumFailure, entryBound, inflateFailure } from "./readZip";
import type { ZipEntry } from "./types";

/** Gives the next piece of the inflated entry, or undefined once it is all given and its checksum holds. */
export type ChunkSource = () => Uint8Array | undefined;

/** Largest piece handed on: the reader turns each into text, and should not hold much more at once. */
const PIECE = 1024 * 1024;

export function inflateChunks(e: ZipEntry, limits: Limits = LIMITS): ChunkSource {
  const bound = entryBound(e, limits);
  let stored = e.method === 0;
  // One byte past the bound is enough to know the entry lies about its size.
  const next = stored ? undefined : codec().inflateRawChunks(e.raw, bound + 1);
  let current: Uint8Array = new Uint8Array(0);
  let at = 0;
  let given = 0;
  let crc = 0;
  let checked = false;

  const refill = (): boolean => {
    if (stored) {
      stored = false;
      if (e.raw.length > bound) throw new ReadError("zip-bomb", bombDetail(e.name, e.raw.length, e.compressedSize, limits));
      current = e.raw;
      at = 0;
      return current.length > 0;
    }
    if (!next) return false;
    let out: Uint8Array | undefined;
    try {
      out = next();
    } catch (err) {
      throw inflateFailure(err, e, bound, limits);
    }
    if (out === undefined) return false;
    if (given + out.length > bound) throw new ReadError("zip-bomb", bombDetail(e.name, given + out.length, e.compressedSize, limits));
    current = out;
    at = 0;
    return true;
  };

  return () => {
    while (at === current.length) {
      if (!refill()) {
        if (!checked) {
          checked = true;
          if (given !== e.uncompressedSize || crc !== e.crc32) throw checksumFailure(e);
        }
        return undefined;
      }
    }
    const piece = current.subarray(at, Math.min(current.length, at + PIECE));
    at += piece.length;
    given += piece.length;
    crc = crc32(piece, crc);
    return piece;
  };
}
