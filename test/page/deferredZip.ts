/** What the page's deflate tests write: a zip whose pieces a DeferredDeflate keeps, and the parts they write. */
import type { DeferredDeflate } from "../../src/page/worker/deferredDeflate";
import { useCodec } from "../../src/workbook/bytes";
import { writeZip } from "../../src/workbook/zip";

/** A sheet part of 60,000 short rows: several pieces of the writer's, repeating text that compresses well. */
export const MANY_ROWS = Array.from({ length: 60_000 }, (_, i) => `<row r="${i}"><c t="s"><v>${i % 300}</v></c></row>`).join("");

/** A stored picture: its bytes are copied, never handed to the deflater. */
export const STORED_IMAGE = { name: "xl/media/image1.png", data: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) & 0xff), store: true };

/** The zip as the page's check writes it: every piece kept by `deferred`, a token in its place. */
export function writeZipDeferred(parts: Parameters<typeof writeZip>[0], deferred: DeferredDeflate): Uint8Array {
  const before = useCodec({ deflatePiece: deferred.deflatePiece });
  try {
    return writeZip(parts);
  } finally {
    useCodec(before);
  }
}
