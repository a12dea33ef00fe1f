/** The shapes of a zip archive as the reader exposes it and the writer takes it. */
import type { DeflatedData } from "./deflatedPart";

/** Compression methods a workbook may use: 0 stored, 8 deflate. */
export type ZipMethod = 0 | 8;

/** One entry as stored: enough to inflate it, or to copy it into another zip without recompressing. */
export interface ZipEntry {
  readonly name: string;
  readonly method: ZipMethod;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** The compressed bytes exactly as in the file (a view into the input, not a copy). */
  readonly raw: Uint8Array;
}

export interface ZipArchive {
  /** Entries in central-directory order. */
  readonly entries: readonly ZipEntry[];
  has(name: string): boolean;
  /** By exact name, falling back to a case-insensitive match (some tools change the case of part names). */
  entry(name: string): ZipEntry | undefined;
  /** Inflates one entry on demand, bounded by the limits; checks its size and CRC. Throws ReadError. */
  read(name: string): Uint8Array;
  /** `read` decoded as text (UTF-8, or UTF-16 when a byte-order mark says so). Throws ReadError. */
  readText(name: string): string;
}

/**
 * An entry for writeZip: new content (deflated here), content deflated as it was made (DeflatedPart), or
 * an entry copied byte for byte from a read zip.
 */
export type ZipWriteEntry =
  | { readonly name: string; readonly data: Uint8Array | string; readonly store?: boolean }
  | { readonly name: string; readonly deflated: DeflatedData }
  | { readonly name?: string; readonly copy: ZipEntry };
