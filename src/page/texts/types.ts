/** The shape of the page's word catalogs: one per language (zh.ts, en.ts), chosen at the edge. */
import type { Step } from "../worker/protocol";

/** A rate line's problem as the catalogs word it (src/check's RateSpecProblem, with the item's names). */
export type RateWordsProblem =
  | { readonly kind: "shape"; readonly spec: string }
  | { readonly kind: "unknown"; readonly text: string; readonly names: readonly string[]; readonly several?: boolean }
  | { readonly kind: "notRate"; readonly code: string; readonly name: string; readonly nameEn: string }
  | { readonly kind: "fixed"; readonly code: string; readonly rate: string; readonly clause: string }
  | { readonly kind: "notNumber"; readonly text: string }
  | { readonly kind: "above"; readonly code: string; readonly rate: string; readonly clause: string; readonly max: string };

export interface PageTexts {
  readonly title: string;
  readonly subtitle: string;
  readonly otherLanguage: string;
  readonly filesStep: string;
  readonly drop: string;
  readonly pick: string;
  readonly chosen: (n: number) => string;
  readonly remove: string;
  readonly clearFiles: string;
  readonly settingsStep: string;
  readonly history: string;
  readonly pickHistory: string;
  readonly noHistory: string;
  readonly rates: string;
  readonly checkStep: string;
  readonly check: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly needFiles: string;
  readonly progress: (step: Step, done: number, total: number, name?: string) => string;
  readonly failed: (detail: string) => string;
  readonly resultsStep: string;
  readonly downloads: string;
  readonly downloadCopy: (name: string) => string;
  readonly downloadSummary: (name: string) => string;
  readonly downloadJson: (name: string) => string;
  /** The JSON report, while the worker makes it after the results are shown. */
  readonly jsonMaking: (name: string) => string;
  /** The JSON report could not be made (the results stand). */
  readonly jsonFailed: (name: string) => string;
  /** A file's annotated copy, while the worker writes it after the results are shown (`name`: the file's). */
  readonly copyMaking: (name: string) => string;
  /** The copy could not be finished: the check was ended or failed after its results (the results stand). */
  readonly copyLost: (name: string) => string;
  /** The batch workbook, while it is written after the results are shown. */
  readonly summaryMaking: (name: string) => string;
  readonly summaryFailed: (name: string) => string;
  readonly fileRows: (rows: number, sheet: string) => string;
  readonly fileProblem: (name: string, detail: string) => string;
  readonly skipped: string;
  readonly noCopy: (detail: string) => string;
  readonly filterVerdict: string;
  readonly filterFile: string;
  readonly all: string;
  readonly problemsIn: (name: string) => string;
  readonly rowLabel: (row: number) => string;
  /** Which rows of the filtered problem list this page of it shows (rows with problems, 1-based). */
  readonly shownRows: (from: number, to: number, rows: number, problems: number) => string;
  readonly pages: string;
  readonly page: string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly historyUsed: (name: string, entries: number, leftOut: number) => string;
  readonly rateProblem: (p: RateWordsProblem) => string;
  readonly historyProblem: (name: string, detail: string) => string;
  readonly historyUnclosed: (lines: readonly number[]) => string;
  readonly historyRows: (count: number, first: string) => string;
  readonly historyRow: (row: number, detail: string) => string;
  readonly clauseNote: (clause: string) => string;
  readonly noscript: string;
  readonly language: string;
  readonly offline: string;
  readonly rows: (n: number) => string;
  readonly verdictsLabel: string;
  readonly severitiesLabel: string;
  readonly ok: string;
  readonly warning: string;
  readonly error: string;
  readonly severity: Readonly<Record<"error" | "warning", string>>;
  readonly claimed: string;
  readonly approvable: string;
  readonly pending: string;
  readonly excess: string;
  readonly identity: string;
  readonly problems: (n: number) => string;
  readonly noProblems: string;
  readonly noRows: string;
}
