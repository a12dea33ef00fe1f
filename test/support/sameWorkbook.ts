/**
 * Two workbooks are the same when every part is: the same entries, in the same order, with the same names,
 * compression methods and inflated bytes. Each host deflates with the fastest deflate it has (Node's zlib on
 * the command line, the browser's own in the page), and two deflaters give different compressed streams for
 * the same bytes; what a reader sees is the inflated parts, and those are compared here byte for byte.
 */
import zlib from "node:zlib";
import { readZip, type ZipEntry } from "../../src/workbook/zip";

export interface WorkbookPart {
  readonly name: string;
  readonly method: number;
  readonly bytes: Buffer;
}

function inflated(entry: ZipEntry): Buffer {
  return entry.method === 0 ? Buffer.from(entry.raw) : zlib.inflateRawSync(entry.raw);
}

/** The parts of an xlsx as a reader sees them, in the zip's order. */
export function workbookParts(xlsx: Uint8Array): WorkbookPart[] {
  return readZip(xlsx).entries.map((e) => ({ name: e.name, method: e.method, bytes: inflated(e) }));
}

/** Where two workbooks first differ (a part's name, method or bytes), or null when they are the same. */
export function firstDifference(actual: Uint8Array, expected: Uint8Array): string | null {
  const a = workbookParts(actual);
  const b = workbookParts(expected);
  const names = (parts: WorkbookPart[]) => parts.map((p) => p.name).join(", ");
  if (a.length !== b.length || a.some((p, i) => p.name !== b[i].name)) return `parts differ: [${names(a)}] against [${names(b)}]`;
  for (let i = 0; i < a.length; i++) {
    if (a[i].method !== b[i].method) return `${a[i].name}: method ${a[i].method} against ${b[i].method}`;
    if (!a[i].bytes.equals(b[i].bytes)) {
      let at = 0;
      while (at < a[i].bytes.length && a[i].bytes[at] === b[i].bytes[at]) at++;
      const around = (bytes: Buffer) => bytes.subarray(Math.max(0, at - 40), at + 40).toString("utf8");
      return `${a[i].name}: differs at byte ${at}: …${around(a[i].bytes)}… against …${around(b[i].bytes)}…`;
    }
  }
  return null;
}

/** Asserts the two workbooks are the same, part for part; the message says where they first differ. */
export function expectSameWorkbook(actual: Uint8Array, expected: Uint8Array): void {
  const difference = firstDifference(actual, expected);
  if (difference !== null) throw new Error(`the workbooks differ: ${difference}`);
}
