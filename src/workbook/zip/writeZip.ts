/**
 * Writes a zip from new content and from entries copied out of a zip we read. Copied entries keep their
 * compressed bytes untouched, so parts we do not change leave the file exactly as they came in.
 */
import { MemorySink, type ByteSink } from "./byteSink";
import type { ZipWriteEntry } from "./types";
import { ZipStreamWriter } from "./zipStream";

/** Deterministic: the same entries in the same order always give the same bytes. */
export function writeZip(entries: readonly ZipWriteEntry[]): Uint8Array {
  const sink = new MemorySink();
  writeZipTo(sink, entries);
  return sink.bytes();
}

/** The same zip, written to `sink` as it is made; returns its length in bytes. */
export function writeZipTo(sink: ByteSink, entries: Iterable<ZipWriteEntry>): number {
  const zip = new ZipStreamWriter(sink);
  for (const e of entries) {
    if ("copy" in e) zip.copy(e.copy, e.name ?? e.copy.name);
    else if ("deflated" in e) zip.addDeflated(e.name, e.deflated);
    else zip.add(e.name, e.data, { store: e.store });
  }
  return zip.finish();
}
