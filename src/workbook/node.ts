/**
 * The workbook layer's Node-only part, for the command line: opening an xlsx file (our own zip and XML
 * reader) and writing the annotated copy. These use Node's zlib, so the add-in's bundles never import this
 * file (an eslint rule says so); everything else is in ./index.ts. The blank template has its own entry,
 * ./template.ts, so that only `lygip template` loads its writer.
 */
export * from "./xlsx";
export * from "./annotate/writeXlsx";
export * from "./annotate/summaryWorkbook";
export { AnnotateError } from "./annotate/annotateError";
export type { ByteSink } from "./zip";
export { InflateLimitError, inflateInRounds, useCodec, type Codec, type InflateOptions, type DeflatedPiece } from "./bytes/codec";
