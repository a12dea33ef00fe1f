/**
 * Every way the command line fails: a code with what the user typed or what it names, put into words by
 * ./usageWords.ts in the user's language. Most are a command line to correct (exit 2, said before any file
 * is read); the output problems (./outputWords.ts) are said where an output is refused or cannot be
 * written, and an internal error ends the run (exit 2). Type imports only: UsageError carries one, and
 * `lygip --version` loads nothing else.
 */
import type { HistoryIssue, Issue } from "../engine";
import type { ItemCode } from "../policy";
import type { OutputProblem } from "./outputWords";

export type UsageProblem =
  // --rate ITEM=RATE
  /** Not of the shape item=rate. */
  | { readonly code: "RATE_SHAPE"; readonly spec: string }
  /** `near`: the names of the items the words may have meant. */
  /** `several`: the word names each of `near` (decision 20), rather than none. */
  | { readonly code: "RATE_UNKNOWN_ITEM"; readonly text: string; readonly near: readonly string[]; readonly several?: boolean }
  | { readonly code: "RATE_NOT_RATE"; readonly item: ItemCode }
  /** The clause fixes the rate: `rate` as written by formatRate. */
  | { readonly code: "RATE_FIXED"; readonly item: ItemCode; readonly rate: string; readonly clause: string }
  | { readonly code: "RATE_NOT_NUMBER"; readonly text: string }
  | { readonly code: "RATE_ABOVE_MAX"; readonly item: ItemCode; readonly rate: string; readonly clause: string; readonly max: string }
  // --history FILE
  /** A CSV quote never closed: the lines it swallowed, from the one it opens on. */
  | { readonly code: "HISTORY_UNCLOSED_QUOTE"; readonly path: string; readonly lines: readonly number[] }
  /** The file cannot be read at all: the issue an input file would get. */
  | { readonly code: "HISTORY_UNREADABLE"; readonly path: string; readonly issue: Issue }
  /** Rows that cannot be read (`count` in all, the first of them listed). */
  | { readonly code: "HISTORY_ROWS"; readonly path: string; readonly count: number; readonly rows: readonly { readonly row: number; readonly issue: HistoryIssue }[] }
  // --checked-at TIME, SOURCE_DATE_EPOCH
  | { readonly code: "CHECKED_AT_NOT_ISO"; readonly text: string }
  | { readonly code: "SOURCE_DATE_EPOCH_NOT_SECONDS"; readonly text: string }
  // explain ITEM key=value…
  | { readonly code: "EXPLAIN_SEVERAL_ITEMS"; readonly text: string; readonly items: readonly ItemCode[] }
  /** `near`: the nearest items, none when nothing is near. */
  | { readonly code: "EXPLAIN_UNKNOWN_ITEM"; readonly text: string; readonly near: readonly ItemCode[] }
  | { readonly code: "EXPLAIN_BAD_PAIR"; readonly pair: string }
  /** A value of the wrong kind: `word` is the key as typed. */
  | { readonly code: "EXPLAIN_BAD_VALUE"; readonly kind: "money" | "too-large" | "integer" | "rate"; readonly word: string; readonly value: string }
  /** The calculation needs these keys (English key names). */
  | { readonly code: "EXPLAIN_MISSING"; readonly item: ItemCode; readonly keys: readonly string[] }
  /** A level the item does not have: the issue a row would get. */
  | { readonly code: "EXPLAIN_LEVEL"; readonly issue: Issue }
  /** A rate above the clause's maximum: `word=value` as typed, `rate` and `max` as formatRate writes them. */
  | { readonly code: "EXPLAIN_RATE_ABOVE_MAX"; readonly word: string; readonly value: string; readonly rate: string; readonly max: string; readonly clause: string }
  // commander's own refusals, recognised by its error code
  | { readonly code: "UNKNOWN_COMMAND"; readonly name: string; readonly suggestion?: string }
  | { readonly code: "UNKNOWN_OPTION"; readonly name: string; readonly suggestion?: string }
  | { readonly code: "MISSING_ARGUMENT"; readonly name: string }
  | { readonly code: "OPTION_NEEDS_VALUE"; readonly option: string }
  | { readonly code: "OPTION_REQUIRED"; readonly option: string }
  | { readonly code: "EXCESS_ARGUMENTS"; readonly expected: string; readonly got: string }
  /** `option` is "" for an argument; `choices` as commander lists them. */
  | { readonly code: "INVALID_VALUE"; readonly option: string; readonly value: string; readonly choices?: readonly string[] }
  /** A refusal of commander's this version does not know: its own text, as it is. */
  | { readonly code: "COMMAND_LINE"; readonly message: string }
  // --out, --summary, template --out
  | OutputProblem
  /** Anything unexpected: the run did not finish (the first line of the error's message, as it is). */
  | { readonly code: "INTERNAL_ERROR"; readonly message: string };
