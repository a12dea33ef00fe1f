/**
 * What the page and its worker say to each other: plain data, structured-cloned across postMessage. The
 * page sends one request per batch; the worker answers with progress, then the results or a problem; after
 * the results, the copies and the batch workbook, then the JSON report.
 */
import type { Lang, Severity, Verdict } from "../../engine";
import type { ShownTotals } from "../../output";

/** The JSON report's name, as the page offers it for download. */
export const JSON_NAME = "审核报告.json";

/** The batch workbook's name, as the page offers it for download. */
export const SUMMARY_NAME = "汇总.xlsx";

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Which outputs one worker makes of a batch. The page runs a batch in two workers at once, each reading and
 * checking the whole batch: one makes the copies (and the report), the other the batch workbook, so neither
 * waits for the other's writing. Without it, one worker makes all.
 */
export type Share = "copies" | "summary";

export interface BatchRequest {
  /** The batch's workbooks, in the order checked (caps and duplicates run across them in this order). */
  readonly files: readonly NamedBytes[];
  /** Earlier approvals (xlsx or csv), as `--history`. */
  readonly history?: NamedBytes;
  /** The year's rates, one `ITEM=RATE` each, as `--rate`. */
  readonly rates: readonly string[];
  readonly lang: Lang;
  /** The check's time stamp (ISO); default now. As `--checked-at`. */
  readonly checkedAt?: string;
  /**
   * The folder the files lie in, as the command line resolves it: each copy then records its input as the
   * command line's copy would (so a later `lygip check` there knows the copy as its own). Default: none.
   */
  readonly folder?: string;
  readonly share?: Share;
}

export type Step = "reading" | "checking" | "writing" | "summary";

export interface Progress {
  readonly step: Step;
  /** Files done of `total` in this step (checking: 0 of 1, then 1). */
  readonly done: number;
  readonly total: number;
  readonly name?: string;
}

/** A message about one file or the request, in both languages; the page shows the reader's. */
export interface Words {
  readonly zh: string;
  readonly en: string;
}

export interface ProblemOut {
  readonly file: number;
  readonly sheet: string;
  readonly row: number;
  readonly cell: string;
  readonly severity: Severity;
  readonly verdict: Verdict;
  readonly code: string;
  readonly clause: string;
  readonly zh: string;
  readonly en: string;
}

/** The batch's figures as the page shows them: the builder the task pane uses too (src/output). */
export type Totals = ShownTotals;

export interface FileOut {
  readonly name: string;
  /** Present where the file was checked. */
  readonly sheet?: string;
  readonly rows: number;
  /** Why the file was not checked (unreadable, no table), or why its copy was not written. */
  readonly problem?: Words;
  /** Left out of the batch: a batch workbook lygip wrote, or lygip's copy of another file of the batch. */
  readonly skipped?: boolean;
  readonly copy?: NamedBytes;
  /** Rows of this file by verdict. */
  readonly verdicts?: Readonly<Record<Verdict, number>>;
  /** That other sheets of the file hold an application table too and were not checked (TableLayout.otherTables). */
  readonly otherTables?: Words;
}

export interface BatchResult {
  readonly files: readonly FileOut[];
  readonly totals: Totals;
  readonly problems: readonly ProblemOut[];
  readonly summary: NamedBytes;
  /** History entries used, and how many rows of the history file were left out (a year before the policy's). */
  readonly history?: { readonly name: string; readonly entries: number; readonly leftOut: number };
}

/** One worker's result: the batch workbook only from the worker that makes it. */
export type WorkerResult = Omit<BatchResult, "summary"> & { readonly summary?: NamedBytes };

/** The results as checked, before the copies are written: the page shows them while the rest is made. */
export type CheckedResult = Omit<BatchResult, "summary">;

/**
 * What is written after the results: the files again, now each with its copy (or why it has none), and the
 * batch workbook from the worker that makes it.
 */
export interface Written {
  readonly files: readonly FileOut[];
  readonly summary?: NamedBytes;
}

/** What stops the whole batch before any file is read: a bad rate line, an unreadable history file. */
export type RequestProblem = Words;

/**
 * The worker's request for a part compressed ahead by the page (aheadDeflate.ts): the run of `count`
 * pieces from piece `first`, answered by a Taken with the same id.
 */
export interface Take {
  readonly type: "take";
  readonly id: number;
  readonly first: number;
  readonly count: number;
}

/** The page's answer to a Take: the compressed run, or null when it has none (the worker compresses it). */
export interface Taken {
  readonly taken: number;
  readonly bytes: Uint8Array | null;
}

/** What the page sends its worker: a batch, then the answers to its Takes. */
export type PageMessage = BatchRequest | Taken;

export type WorkerReply =
  | { readonly type: "progress"; readonly progress: Progress }
  /** A piece of a part the check wrote, a copy, as it is made: the page compresses it ahead (aheadDeflate.ts). */
  | { readonly type: "piece"; readonly index: number; readonly bytes: Uint8Array; readonly last: boolean }
  | Take
  /** The results, once checked and before anything is written. */
  | { readonly type: "checked"; readonly result: CheckedResult }
  /** The copies and the batch workbook, after "checked". */
  | { readonly type: "done"; readonly written: Written }
  /** After "done", from the worker that makes the copies: the JSON report, made once the outputs are on their way. */
  | { readonly type: "json"; readonly json: NamedBytes }
  | { readonly type: "refused"; readonly problem: RequestProblem }
  | { readonly type: "failed"; readonly message: string };
