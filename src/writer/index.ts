/**
 * The xlsx writer as the hosts see it: the annotated copy (writeXlsx.ts), the batch summary workbook, and
 * the copy's state read back (ours, handed over, a macro workbook). It reads input through src/workbook and
 * writes what src/output planned; it never imports src/check or a host. The add-in's bundles never need it
 * (an eslint rule says so). The blank template has its own entry, ./template.ts, so that only
 * `lygip template` loads its writer.
 */
export * from "./writeXlsx";
export * from "./summaryWorkbook";
export { AnnotateError } from "./annotateError";
