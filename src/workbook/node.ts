/**
 * The workbook layer's file part: opening an xlsx (our own zip and XML reader) and writing the annotated
 * copy, for the command line and for src/check's checkFiles (a browser page). Plain TypeScript on the
 * codec (./bytes), no Node built-in; the add-in's bundles never need it and never import it (an eslint rule
 * says so); everything else is in ./index.ts. The blank template has its own entry, ./template.ts, so that
 * only `lygip template` loads its writer. The name is historical: it was Node-only once.
 */
export * from "./xlsx";
export * from "../writer/writeXlsx";
export * from "../writer/summaryWorkbook";
export { AnnotateError } from "../writer/annotateError";
export type { ByteSink } from "./zip";
