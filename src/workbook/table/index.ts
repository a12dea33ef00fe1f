/** Reading the application table from sheet cells: pure, shared by the command line and the task pane. */
export * from "./cells";
export { findTable, parseRef, HEADER_SEARCH_ROWS, MIN_HEADERS, type FindTableResult, type PreferredTable } from "./findTable";
export { mapHeader, type HeaderMatch } from "./headers";
export { readRows } from "./readRows";
export { readHistory, hasHistoryHeader, parseCsv, APPROVED_HEADERS, type HistoryRead } from "./history";
export { decodeCsv, type CsvGrid } from "./csv";
export { searchSheets, visibleSheets, type SheetTab } from "./sheetSearch";
