/**
 * The output plan both hosts share: what is written into a checked workbook (result columns, marks and
 * notes, the 问题清单, 汇总 and 审核明细 sheets, their labels and widths) as data, apart from the xlsx editor
 * that writes it into a file and the Office adapter that writes it into Excel. Hosts import it from here.
 */
export * from "./types";
export * from "./plan";
export * from "./messages";
export * from "./labels";
export * from "./issueSheet";
export * from "./summaryLayout";
export * from "./infoSheet";
export * from "./extremes";
export * from "./detail";
export * from "./pivots";
export * from "./widths";
export { isWide } from "./eastAsianWidth";
export * from "./cellRef";
export * from "./neutralise";
export * from "./moneyNumber";
export * from "./rmb";
export * from "./reviewForm";
export * from "./beijingTime";
export * from "./shownTotals";
export * from "./otherTables";
