/**
 * The workbook layer's file part: opening an xlsx (our own zip and XML reader), for the command line and for
 * src/check's checkFiles (a browser page). Plain TypeScript on the codec (./bytes), no Node built-in; the
 * add-in's bundles never need it and never import it (an eslint rule says so); everything else is in
 * ./index.ts. Writing xlsx files is src/writer. The name is historical: it was Node-only once.
 */
export * from "./xlsx";
export type { ByteSink } from "./zip";
export { openPackage, openOnce, type OpenedPackage } from "./zip";
/** The zip reader and the in-memory zip layout, for a host that finishes a zip the writer made (the page's deflate). */
export { readZip, assembleZip, entryBound, type ZipEntry, type ZipRecord } from "./zip";
