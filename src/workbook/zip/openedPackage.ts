/**
 * One input file opened once, for everything that reads it: the reader of its table, the macro check and
 * the writer of its copy. The zip's directory is read once (readZip, with every limit it applies), and a
 * part's inflated bytes are kept once made, so the next reader of that part takes them instead of
 * inflating it again. Keeping costs memory, so it is bounded:
 *  - a part is inflated only within the reader's bounds (its declared size, the ratio, the total), as before;
 *  - a package keeps at most KEEP_BYTES of inflated parts in all: a part past that (the sheet of a table of
 *    100,000 rows, 55 MB) is inflated for each reader that asks for it, as before, so a large table's copy
 *    holds no more than it did while the table is checked (its peak memory is what it was);
 *  - a part read whole is kept; a part read in pieces (a sheet, scanned as it inflates) is kept only when
 *    the reader asks and reads it to its end (a part refused part-way is never held whole);
 *  - `release` lets a part's bytes go (the writer does, once it has used them; a host of a batch of several
 *    files does, once each file is read, so a batch never holds every file's sheets at once).
 * Releasing never changes what is read: a part let go is inflated again if it is asked for again.
 *
 * The package also remembers the XML parts already read to their end through the scanner (well-formed, no
 * DTD), so the writer, which refuses to copy a part that is not, need not scan them a second time.
 */
import { LIMITS, type Limits } from "../limits";
import { ReadError } from "../readError";
import { inflateChunks, type ChunkSource } from "./inflateChunks";
import { decodeText, inflateEntry, readZip } from "./readZip";
import type { ZipArchive, ZipEntry } from "./types";

/** Largest piece a kept part is handed on in, as inflateChunks hands them. */
const PIECE = 1024 * 1024;
/**
 * Most inflated bytes one package keeps, all parts together: every part of a table of some 50,000 rows,
 * and the small parts and shared strings of a larger one.
 */
export const KEEP_BYTES = 32 * 1024 * 1024;

export interface OpenedPackage {
  /** The file as read: the writer copies the entries it leaves alone from it, byte for byte. */
  readonly bytes: Uint8Array;
  readonly limits: Limits;
  /**
   * The zip's directory. `read` and `readText` give a part's inflated bytes, kept for whoever reads the
   * part next (until released): a part is inflated once while it is kept.
   */
  readonly archive: ZipArchive;
  /**
   * The part's bytes in pieces: its kept bytes if it has them, else inflated as the pieces are taken. With
   * `keep`, the pieces are gathered as they go and, once the part is read to its end (its checksum holds),
   * kept as the part's bytes.
   */
  pieces(name: string, keep?: boolean): ChunkSource;
  /** The part's bytes, its kept ones if it has them, else inflated for this call only (not kept). */
  transient(name: string): Uint8Array;
  /** Records that an XML part was read to its end through the scanner: well-formed, no DTD. */
  markScanned(name: string): void;
  scanned(name: string): boolean;
  /** Lets the inflated bytes of one part go, or of every part (no name). */
  release(name?: string): void;
}

/** Opens the file: its directory read (ReadError for anything readZip refuses), nothing inflated yet. */
export function openPackage(bytes: Uint8Array, limits: Limits = LIMITS): OpenedPackage {
  const zip = readZip(bytes, limits);
  const kept = new Map<string, Uint8Array>();
  let keptBytes = 0;
  const scanned = new Set<string>();
  const mayKeep = (e: ZipEntry) => keptBytes + e.uncompressedSize <= KEEP_BYTES;
  const keep = (e: ZipEntry, bytes: Uint8Array) => {
    kept.set(e.name, bytes);
    keptBytes += bytes.length;
  };
  const letGo = (name: string) => {
    const bytes = kept.get(name);
    if (bytes) keptBytes -= bytes.length;
    kept.delete(name);
  };

  const entryOf = (name: string): ZipEntry => {
    const e = zip.entry(name);
    if (!e) throw new ReadError("bad-xml", { d: "part-missing", part: name });
    return e;
  };
  const read = (name: string): Uint8Array => {
    const e = entryOf(name);
    let out = kept.get(e.name);
    if (out) return out;
    out = inflateEntry(e, limits);
    if (mayKeep(e)) keep(e, out);
    return out;
  };

  const archive: ZipArchive = {
    entries: zip.entries,
    has: (name) => zip.has(name),
    entry: (name) => zip.entry(name),
    read,
    readText: (name) => decodeText(read(name), name),
  };

  return {
    bytes, limits, archive,
    pieces: (name, wanted = false) => {
      const e = entryOf(name);
      const whole = kept.get(e.name);
      if (whole) return piecesOf(whole);
      const next = inflateChunks(e, limits);
      if (!wanted || !mayKeep(e)) return next;
      // Stored entries are views into the input: nothing to gather.
      if (e.method === 0) return () => {
        const piece = next();
        if (piece === undefined && !kept.has(e.name)) keep(e, e.raw);
        return piece;
      };
      // The declared size is the most the entry gives (inflateChunks refuses more), so it is gathered in
      // one buffer of that size; a part left part-way is let go with the source.
      let gathered: Uint8Array | undefined;
      let at = 0;
      return () => {
        const piece = next();
        if (piece === undefined) {
          if (!kept.has(e.name)) keep(e, gathered ?? new Uint8Array(0));
          return undefined;
        }
        gathered ??= new Uint8Array(e.uncompressedSize);
        gathered.set(piece, at);
        at += piece.length;
        return piece;
      };
    },
    transient: (name) => {
      const e = entryOf(name);
      return kept.get(e.name) ?? inflateEntry(e, limits);
    },
    markScanned: (name) => {
      const e = zip.entry(name);
      if (e) scanned.add(e.name);
    },
    scanned: (name) => {
      const e = zip.entry(name);
      return e !== undefined && scanned.has(e.name);
    },
    release: (name) => {
      if (name === undefined) {
        kept.clear();
        keptBytes = 0;
      } else {
        const e = zip.entry(name);
        if (e) letGo(e.name);
      }
    },
  };
}

/** A package given as is, or opened from the file's bytes (a caller that has only the bytes). */
export function packageOf(input: Uint8Array | OpenedPackage, limits: Limits = LIMITS): OpenedPackage {
  // Told apart by shape, not instanceof: bytes may come from another realm (a worker's message, a test's Buffer).
  return typeof (input as Partial<OpenedPackage>).pieces === "function" ? (input as OpenedPackage) : openPackage(input as Uint8Array, limits);
}

/**
 * Opens the file at most once, however often it is asked for: the package, or the same error each time (a
 * file refused is refused once, in the same words for every asker).
 */
export function openOnce(bytes: Uint8Array, limits: Limits = LIMITS): () => OpenedPackage {
  let opened: { readonly pkg: OpenedPackage } | { readonly error: unknown } | undefined;
  return () => {
    if (!opened) {
      try {
        opened = { pkg: openPackage(bytes, limits) };
      } catch (error) {
        opened = { error };
      }
    }
    if ("error" in opened) throw opened.error;
    return opened.pkg;
  };
}

/** Kept bytes handed on in pieces, as an inflate would hand them. */
function piecesOf(bytes: Uint8Array): ChunkSource {
  let at = 0;
  return () => {
    if (at >= bytes.length) return undefined;
    const piece = bytes.subarray(at, Math.min(bytes.length, at + PIECE));
    at += piece.length;
    return piece;
  };
}
