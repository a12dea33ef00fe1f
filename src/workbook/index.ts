/**
 * The workbook layer as every host sees it: the shapes of sheets and cells, reading the application table
 * from cells, the template's layout, the reader's limits and its errors. All of it is plain TypeScript that
 * runs in Excel's pages as well as in Node. Reading and writing xlsx files: see ./node.ts.
 */
export * from "./types";
export * from "./table";
export * from "./templateLayout";
export * from "./limits";
export * from "./readError";
export { headerKey, RESULT_HEADER_KEYS, resultRunAt } from "./table/headers";
// The pane reads number formats as the xlsx reader does (a year shown as yyyy"年").
export { isTenThousandFormatCode, isYearOnlyFormatCode, paddedFormatOf } from "./xlsx/numFormats";
