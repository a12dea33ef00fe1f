/**
 * The only place the engine's data becomes text: issue messages, calculation steps and a row's review
 * note, per language (Chinese first, English second).
 */
export { CATALOGS, render, type Lang } from "./render";
export { renderExplain, asPolicyWrites } from "./explain";
export { refusedExplain, rowText, rowTextParts, type RowForText, type RowTextParts } from "./rowText";
export { VERDICT_WORDS, verdictWord } from "./verdict";
export { describeCaps, describeRule } from "./describe";
export { citeClause, clauseEn, clauseNote, clauseNumber } from "./clause";
export { itemNames } from "./zh";
