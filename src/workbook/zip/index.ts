export { readZip, inflateEntry, decodeText } from "./readZip";
export { writeZip, writeZipTo } from "./writeZip";
export { ZipStreamWriter, type EntryWriter } from "./zipStream";
export { MemorySink, type ByteSink } from "./byteSink";
export { assembleZip, type ZipRecord } from "./assemble";
export { crc32 } from "./crc32";
export { sniffNonZip, sniffZip, isOle2, classifyOle2, looksLikeCsv } from "./sniff";
export type { ZipArchive, ZipEntry, ZipMethod, ZipWriteEntry } from "./types";
export { DeflatedPart, deflatePart, textOf, type DeflatedData, type TextSink } from "./deflatedPart";
