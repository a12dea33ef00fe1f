export * from "./types";
export * from "./issues";
export type { ReadDetail, XmlProblem } from "./readDetail";
export * from "./columns";
export * from "./money";
export * from "./amount";
export * from "./caps";
export * from "./unit";
export * from "./evaluate";
export * from "./itemWords";
export * from "./rowLevel";
export * from "./historyText";
export { daysInMonth, isLeapYear } from "./isoDay";
export * from "./rateValue";
export * from "./check";
export * from "./report";
export {
  citeClause, clauseEn, clauseNote, clauseNumber, itemNames, render, renderExplain, rowText, rowTextParts, VERDICT_WORDS, verdictWord, describeCaps, describeRule, type Lang, type RowTextParts,
} from "./catalog";
export * from "./explain";
export * from "./creditCode";
export { readCondition, type ConditionReading } from "./outcome";
