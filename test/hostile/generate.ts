/**
 * Hostile files, built on the fly (never stored in the repository): each one attacks the reader a different
 * way. `HOSTILE_CASES` says what each must give: a ReadError reason, a bad cell, or "ok" (it reads normally
 * because the guard makes it harmless, e.g. a merge clipped to the cells that exist).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import type { UnreadableReason } from "../../src/engine/issues";
import { LIMITS } from "../../src/workbook/limits";
import { useCodec } from "../../src/workbook/bytes/codec";
import { nodeCodec } from "../../src/cli/nodeCodec";
import { assembleZip, readZip, writeZip, type ZipEntry, type ZipRecord, type ZipWriteEntry } from "../../src/workbook/zip";
import { minimalEntries, minimalXlsx, NS_MAIN, NS_REL, oneSheet } from "./minimalXlsx";
import { ole2File } from "./ole2";

const SHEET_PATH = "xl/worksheets/sheet1.xml";
const MB = 1024 * 1024;

/** A plain workbook: one sheet with a header and a data row. */
export function validWorkbook(): Uint8Array {
  return oneSheet(
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
      `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>1000</v></c></row>`,
    { sharedStrings: ["单位名称", "申请金额（元）", "连云港某某科技有限公司"] },
  );
}

/**
 * Raw deflate of `megabytes` MiB of zeros, made without ever holding them: one MiB compressed with a sync
 * flush is a self-contained run of blocks, so copies of it concatenate; an empty final block closes it.
 */
let zeroMiB: Buffer | undefined;
export function deflatedZeros(megabytes: number): Uint8Array {
  zeroMiB ??= deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  const out = new Uint8Array(zeroMiB.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) out.set(zeroMiB, i * zeroMiB.length);
  out.set([0x03, 0x00], zeroMiB.length * megabytes);
  return out;
}

/** A workbook whose sheet part is replaced by these compressed bytes, declaring `declaredSize` inflated. */
function workbookWithSheetBytes(raw: Uint8Array, declaredSize: number): Uint8Array {
  const fake: ZipEntry = { name: SHEET_PATH, method: 8, crc32: 0, compressedSize: raw.length, uncompressedSize: declaredSize, raw };
  const entries = minimalEntries({ sheets: [{ name: "Sheet1", rows: "" }] }).map((e): ZipWriteEntry =>
    "name" in e && e.name === SHEET_PATH ? { copy: fake } : e,
  );
  return writeZip(entries);
}

/** A sheet entry inflating to 501 MiB (honestly declared): refused before anything is inflated. */
export function zipBomb(): Uint8Array {
  return workbookWithSheetBytes(deflatedZeros(501), 501 * MB);
}

/** The same bomb declaring a small size: inflating must stop at the bound, not at 501 MiB. */
export function zipBombLyingSize(): Uint8Array {
  return workbookWithSheetBytes(deflatedZeros(501), 1000);
}

/** 20 MiB of zeros, ~1000:1, far under 500 MB but beyond 100:1 above 100 KiB. */
export function ratioBomb(): Uint8Array {
  return workbookWithSheetBytes(deflatedZeros(20), 20 * MB);
}

const TITLE_ROWS =
  `<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>单位名称</t></is></c><c r="B2"><v>1</v></c></row>`;

/** One merge over the whole grid, A1:XFD1048576, on a two-row sheet. */
export function mergeBombWholeGrid(): Uint8Array {
  return oneSheet(TITLE_ROWS, { after: `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>` });
}

/** 100,000 merges, ten times the limit. */
export const mergeBombMany = once(() => {
  const merges: string[] = [];
  for (let i = 0; i < 100_000; i++) merges.push(`<mergeCell ref="A${2 * i + 1}:B${2 * i + 2}"/>`);
  return oneSheet(TITLE_ROWS, { after: `<mergeCells count="100000">${merges.join("")}</mergeCells>` });
});

/** A dimension claiming the whole grid, on a two-row sheet: the reader must not size anything by it. */
export function dimensionBomb(): Uint8Array {
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:XFD1048576"/><sheetData>${TITLE_ROWS}</sheetData></worksheet>`;
  return minimalXlsx({ sheets: [{ name: "Sheet1", xml }] });
}

/** Nested entity expansion ("billion laughs") in the sheet part. */
export function billionLaughs(): Uint8Array {
  const defs = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) defs.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`);
  const xml =
    `<?xml version="1.0"?>\n<!DOCTYPE lolz [${defs.join("")}]>\n<worksheet xmlns="${NS_MAIN}"><sheetData>` +
    `<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
  return minimalXlsx({ sheets: [{ name: "Sheet1", xml }] });
}

/** An external entity pointing at /etc/passwd, used by a shared string. */
export function externalEntity(): Uint8Array {
  const sst =
    `<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n` +
    `<sst xmlns="${NS_MAIN}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>`;
  return oneSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, { sharedStrings: { xml: sst } });
}

/** A cell pointing at shared string 99 of a table of 2. */
export function sharedStringOutOfRange(): Uint8Array {
  return oneSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>99</v></c></row>`, { sharedStrings: ["甲", "乙"] });
}

/** Sheets named __proto__ and constructor. */
export function protoSheetName(): Uint8Array {
  return minimalXlsx({
    sheets: [
      { name: "__proto__", rows: `<row r="1"><c r="A1"><v>1</v></c></row>` },
      { name: "constructor", rows: `<row r="1"><c r="A1"><v>2</v></c></row>` },
    ],
  });
}

/** Shared strings that are names of Object.prototype members. */
export function protoSharedStrings(): Uint8Array {
  return oneSheet(
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`,
    { sharedStrings: ["__proto__", "constructor", "hasOwnProperty"] },
  );
}

/** Two zip entries named xl/workbook.xml, the second one different. */
export function duplicateEntries(): Uint8Array {
  const archive = readZip(validWorkbook());
  const records: ZipRecord[] = archive.entries.map((e) => ({
    name: e.name, method: e.method, crc32: e.crc32, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize, data: e.raw,
  }));
  const workbook = records.find((r) => r.name === "xl/workbook.xml")!;
  records.push({ ...workbook });
  return assembleZip(records);
}

/** A valid workbook cut to 60 % of its length. */
export function truncatedZip(): Uint8Array {
  const bytes = validWorkbook();
  return bytes.slice(0, Math.floor(bytes.length * 0.6));
}

/** Bytes of no known kind. */
export function notAZip(): Uint8Array {
  const out = new Uint8Array(4096);
  for (let i = 0; i < out.length; i++) out[i] = (i * 2654435761) >>> 24;
  out.set([0x7f, 0x45, 0x4c, 0x46], 0); // an ELF executable's magic
  return out;
}

/** A password-protected xlsx: an OLE2 file holding EncryptionInfo and EncryptedPackage streams. */
export function encryptedPackage(): Uint8Array {
  return ole2File(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]);
}

/** An Excel 97–2003 .xls: an OLE2 file with a Workbook stream. */
export function legacyXls(): Uint8Array {
  return ole2File(["Workbook", "\u0005SummaryInformation"]);
}

/** A CSV (GBK-like bytes would do too; UTF-8 here) saved with an .xlsx name. */
export function csvFile(): Uint8Array {
  return new Uint8Array(Buffer.from("单位名称,申报年度,支持事项,申请金额（元）\n连云港某某科技有限公司,2025,专利,1000\n", "utf8"));
}

/**
 * A cell of 40,000 characters, above Excel's 32,767. The characters vary (a fixed pseudo-random walk over
 * common CJK ideographs) so the part compresses like real text, not like a bomb.
 */
export function longString(): Uint8Array {
  let x = 12345;
  let text = "";
  for (let i = 0; i < 40_000; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    text += String.fromCharCode(0x4e00 + (x >>> 16) % 0x5000);
  }
  return oneSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, { sharedStrings: [text] });
}

/** A row numbered 1,048,577, one past Excel's last. */
export function rowBeyondLimit(): Uint8Array {
  return oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>2</v></c></row>`);
}

/** A cell in column XFE, one past Excel's last. */
export function columnBeyondLimit(): Uint8Array {
  return oneSheet(`<row r="1"><c r="XFE1"><v>1</v></c></row>`);
}

/** 1,001 zip entries. */
export function tooManyEntries(): Uint8Array {
  const entries = minimalEntries({ sheets: [{ name: "Sheet1", rows: "" }] });
  for (let i = entries.length; i <= LIMITS.maxEntries; i++) entries.push({ name: `xl/media/pad${i}.bin`, data: "", store: true });
  return writeZip(entries);
}

/** A file one byte over the input limit (it starts like a zip; its size alone refuses it). */
export function tooLarge(): Uint8Array {
  const out = new Uint8Array(LIMITS.maxInputBytes + 1);
  out.set([0x50, 0x4b, 0x03, 0x04], 0);
  return out;
}

/**
 * Issue 10's ratio bomb: about 6 MB that inflates to 490 MB, every entry within 500 MB and 100:1. Each of five
 * sheet-like entries is 1.2 MB of deflate: 1 MiB of varied bytes stored as they are, then runs of zeros.
 */
export const ratioBombWithinLimits = once(() => {
  let x = 7;
  const varied = new Uint8Array(MB).map(() => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24));
  const head = deflateRawSync(varied, { finishFlush: constants.Z_SYNC_FLUSH });
  const zeros = deflatedZeros(97);
  const raw = new Uint8Array(head.length + zeros.length);
  raw.set(head, 0);
  raw.set(zeros, head.length);
  const inflated = 98 * MB;
  const entries = minimalEntries({ sheets: [{ name: "Sheet1", rows: "" }] });
  for (let i = 0; i < 5; i++) {
    entries.push({ copy: { name: `xl/worksheets/bomb${i}.xml`, method: 8, crc32: 0, compressedSize: raw.length, uncompressedSize: inflated, raw } });
  }
  return writeZip(entries);
});

/** Rows closed by end tags of another name (`<row>…</R>`), many of them: not XML, refused at once. */
export const mismatchedEndTags = once(() => {
  let x = 11;
  const rows: string[] = [];
  for (let i = 1; i <= 50_000; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    rows.push(`<row r="${i}"><c r="A${i}"><v>${x}</v></c></R>`);
  }
  return oneSheet(rows.join(""));
});

/** The sheet as Excel shows it holds one cell; a second sheetData inside an extension list holds another. */
export function sheetDataInExtLst(): Uint8Array {
  return oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, {
    after: `<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"><sheetData><row r="1"><c r="A1"><v>1E+300</v></c></row></sheetData></ext></extLst>`,
  });
}

/**
 * Built once: the cases are made again by several tests, and these take a while to build. They are made
 * with the command line's codec, zlib's deflate and Node's CRC-32 (a fraction of fflate's time on these
 * 100 MB parts): what matters is what the reader makes of the file, not which deflater wrote it.
 */
function once(make: () => Uint8Array): () => Uint8Array {
  let made: Uint8Array | undefined;
  return () => (made ??= cachedOnDisk(make));
}

/**
 * Each test file loads this module afresh, so a large case is also kept on disk, under a name made of the
 * generators' own source: a change to how it is made makes a new file, never a stale one. Written under a
 * temporary name and renamed, so test files running side by side never read half of one.
 */
function cachedOnDisk(make: () => Uint8Array): Uint8Array {
  const key = createHash("sha256")
    .update(readFileSync(__filename)).update(readFileSync(join(__dirname, `minimalXlsx${extname(__filename)}`))).update(make.toString())
    .digest("hex").slice(0, 32);
  const dir = join(tmpdir(), "lygip-hostile-cases");
  const file = join(dir, `${key}.xlsx`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const bytes = withZlibDeflate(make);
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes;
}

function withZlibDeflate(make: () => Uint8Array): Uint8Array {
  const previous = useCodec(nodeCodec);
  try {
    return make();
  } finally {
    useCodec(previous);
  }
}

/**
 * 999,000 rows of three cells (about 15–20 MB): refused at the first row past what a table may have
 * (LIMITS.maxSheetRows), counted ahead of the reader (xlsx/sheetRowCount.ts), so no row is built.
 */
export const millionRows = once(() => {
  const parts: string[] = [`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`];
  for (let i = 2; i <= 999_000; i++) {
    parts.push(`<row r="${i}"><c r="A${i}" t="s"><v>2</v></c><c r="B${i}"><v>${(i * 7919) % 100000}</v></c><c r="C${i}"><v>${i}</v></c></row>`);
  }
  return oneSheet(parts.join(""), { sharedStrings: ["单位名称", "申请金额（元）", "连云港某某科技有限公司"] });
});

/** 240,000 cell formats, each with its own number format: beyond Excel's 65,490, refused as soon as counted. */
export const manyStyles = once(() => {
  const fmts: string[] = [];
  const xfs: string[] = [];
  for (let i = 0; i < 240_000; i++) {
    fmts.push(`<numFmt numFmtId="${164 + i}" formatCode="0.${"0".repeat(i % 7)}&quot;${i}&quot;"/>`);
    xfs.push(`<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`);
  }
  const stylesXml =
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}"><numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` +
    `<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`;
  return oneSheet(`<row r="1"><c r="A1" s="239999"><v>1</v></c></row>`, { stylesXml });
});

const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts an Excel binary workbook has: XML packaging around BIFF12 records in .bin parts. */
export function xlsb(): Uint8Array {
  return writeZip([
    { name: "[Content_Types].xml", data: `<Types xmlns="${CT}"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>` },
    { name: "_rels/.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>` },
    { name: "xl/workbook.bin", data: "\u0083\u0001\u0000" },
    { name: "xl/worksheets/sheet1.bin", data: "\u0081\u0001\u0000" },
  ]);
}

/**
 * An Apple Numbers document as Numbers saves it (since Numbers 3): a zip of IWA (protobuf) archives under
 * Index/, with Metadata/ and a preview, and no workbook part.
 */
export function numbersDocument(): Uint8Array {
  return writeZip([
    { name: "Index/Document.iwa", data: "\u0000\u0012\u0000" },
    { name: "Index/CalculationEngine.iwa", data: "\u0000\u0008\u0000" },
    { name: "Metadata/Properties.plist", data: "bplist00" },
    { name: "Metadata/DocumentIdentifier", data: "0F3C2B1A-0000-4000-8000-000000000000" },
    { name: "preview.jpg", data: "\u00ff\u00d8\u00ff" },
  ]);
}

/** A Word document or a PowerPoint presentation: an OOXML package whose main part is no workbook. */
export function otherOfficeDocument(kind: "docx" | "pptx"): Uint8Array {
  const main = kind === "docx" ? "word/document.xml" : "ppt/presentation.xml";
  const root = kind === "docx"
    ? `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`
    : `<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`;
  return writeZip([
    { name: "[Content_Types].xml", data: `<Types xmlns="${CT}"><Default Extension="xml" ContentType="application/xml"/></Types>` },
    { name: "_rels/.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${main}"/></Relationships>` },
    { name: main, data: root },
  ]);
}

/** An OpenDocument spreadsheet: its first entry, stored, is "mimetype". */
export function ods(): Uint8Array {
  return writeZip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
    { name: "content.xml", data: `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>` },
    { name: "META-INF/manifest.xml", data: `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>` },
  ]);
}

export type HostileExpectation = UnreadableReason | "bad-cell" | "ok";

export interface HostileCase {
  readonly name: string;
  readonly make: () => Uint8Array;
  readonly expect: HostileExpectation;
  /**
   * Tens of megabytes to write or to refuse: the reader meets it in `npm test` (reader.test.ts), the command
   * line in `npm run test:e2e` (the *.e2e.test.ts beside each test that runs every case through it).
   */
  readonly atScale?: true;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: "zip bomb: an entry inflating past 500 MB", make: zipBomb, expect: "zip-bomb" },
  { name: "zip bomb lying about its size", make: zipBombLyingSize, expect: "zip-bomb" },
  { name: "zip bomb: beyond 100:1 above 100 KiB", make: ratioBomb, expect: "zip-bomb" },
  { name: "merge over A1:XFD1048576", make: mergeBombWholeGrid, expect: "ok" },
  { name: "100,000 merges", make: mergeBombMany, expect: "limits" },
  { name: "dimension A1:XFD1048576", make: dimensionBomb, expect: "ok" },
  { name: "billion laughs", make: billionLaughs, expect: "doctype" },
  { name: "external entity to /etc/passwd", make: externalEntity, expect: "doctype" },
  { name: "shared-string index out of range", make: sharedStringOutOfRange, expect: "bad-cell" },
  { name: "__proto__ as a sheet name", make: protoSheetName, expect: "ok" },
  { name: "__proto__ as shared strings", make: protoSharedStrings, expect: "ok" },
  { name: "duplicate entry names", make: duplicateEntries, expect: "duplicate-entry" },
  { name: "truncated zip", make: truncatedZip, expect: "truncated" },
  { name: "not a zip", make: notAZip, expect: "not-zip" },
  { name: "encrypted OLE2 package", make: encryptedPackage, expect: "encrypted" },
  { name: "legacy .xls", make: legacyXls, expect: "xls" },
  { name: "CSV text", make: csvFile, expect: "csv" },
  { name: "a 40,000-character string", make: longString, expect: "bad-cell" },
  { name: "row 1,048,577", make: rowBeyondLimit, expect: "limits" },
  { name: "column XFE", make: columnBeyondLimit, expect: "limits" },
  { name: "1,001 zip entries", make: tooManyEntries, expect: "too-many-entries" },
  { name: "over the input limit", make: tooLarge, expect: "too-large", atScale: true },
  { name: "ratio bomb within every per-entry limit: ~6 MB inflating to 490 MB", make: ratioBombWithinLimits, expect: "limits" },
  { name: "end tags that do not match their start tags (<row>…</R>)", make: mismatchedEndTags, expect: "bad-xml" },
  { name: "a second sheetData inside extLst", make: sheetDataInExtLst, expect: "ok" },
  { name: "240,000 cell formats, beyond Excel's 65,490", make: manyStyles, expect: "limits", atScale: true },
  { name: "999,000 rows in a 19 MB file, beyond the 150,000 a table may have", make: millionRows, expect: "limits", atScale: true },
];

/** The cases quick to run through the command line (`npm test`); the others, AT_SCALE_CASES, in `npm run test:e2e`. */
export const QUICK_CASES = HOSTILE_CASES.filter((c) => !c.atScale);
export const AT_SCALE_CASES = HOSTILE_CASES.filter((c) => c.atScale);

/** Files that are no xlsx, named by what they are: each refused with what to do. */
export const FILE_KIND_CASES: readonly HostileCase[] = [
  { name: "an Excel binary workbook (.xlsb)", make: xlsb, expect: "xlsb" },
  { name: "an OpenDocument spreadsheet (.ods)", make: ods, expect: "ods" },
  { name: "an empty file", make: () => new Uint8Array(0), expect: "empty" },
];
