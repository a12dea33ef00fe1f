/**
 * The check every host runs (src/cli, src/taskpane, src/functions, and a browser page): a workbook in, its
 * table found, its rows checked, one plan out. Pure: no Office, no file system. Hosts import it from here.
 */
export * from "./source";
export * from "./locate";
export * from "./occupied";
export * from "./pipeline";
export * from "./batchSummary";
export * from "./batchReport";
export * from "./historyFile";
export * from "./unreadable";
export * from "./rateSpecs";
export * from "./checkFiles";
