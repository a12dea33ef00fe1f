/**
 * The messages of a row as the workbook shows them: each issue with its words in both languages, its
 * severity, the clause it cites and the column (if the table has one) it points at.
 */
import type { FieldKey } from "../engine/columns";
import { templateHeader } from "../engine/columns";
import { clauseNote, render } from "../engine/catalog";
import { severityOf, type Issue, type Severity } from "../engine/issues";
import type { TableLayout } from "../workbook/types";
import { NOTE_PREFIX } from "./labels";
import { neutralise } from "./neutralise";

export interface RowMessage {
  readonly issue: Issue;
  readonly severity: Severity;
  readonly zh: string;
  readonly en: string;
  /** The clause the message cites, "（七）", or "" when it cites none. */
  readonly clause: string;
  readonly field?: FieldKey;
  /** 0-based column of the cell the message names; undefined when the table has no such column. */
  readonly col?: number;
  /** The template header of the field, for a message whose column is absent. */
  readonly fieldHeader?: string;
}

export function rowMessages(issues: readonly Issue[], layout: TableLayout): RowMessage[] {
  return issues.map((issue) => {
    const place = messagePlace(issue, layout);
    return {
      issue, severity: place.severity, zh: messageText(issue, "zh"), en: messageText(issue, "en"), clause: place.clause,
      field: place.field, col: place.col, fieldHeader: place.fieldHeader,
    };
  });
}

/** Where a message points and what it cites, without its words: rendering is most of a message's cost. */
export type MessagePlace = Omit<RowMessage, "zh" | "en">;

export function messagePlace(issue: Issue, layout: TableLayout): MessagePlace {
  const field = issue.field;
  return {
    issue,
    severity: severityOf(issue),
    clause: issue.clause ?? "",
    field,
    col: field === undefined ? undefined : layout.columns.get(field)?.index,
    fieldHeader: field === undefined ? undefined : templateHeader(field),
  };
}

/**
 * A message's words in one language. Messages quote what the applicant typed; they are display text like
 * any other plan string. A sheet in one language renders only that one.
 */
export function messageText(issue: Issue, lang: "zh" | "en"): string {
  return neutralise(render(issue, lang));
}

/** "lygip 审核：<message>（第（七）条）" / "lygip check: <message> (clause (7))" — the clause part only when the message cites one. */
export function noteText(message: RowMessage, lang: "zh" | "en"): string {
  return noteOf(message[lang], message.clause, lang);
}

/** noteText of a message's words `text` in `lang`, citing `clause` ("" for none). */
export function noteOf(text: string, clause: string, lang: "zh" | "en"): string {
  return `${NOTE_PREFIX[lang]}${text}${clause ? clauseNote(clause, lang) : ""}`;
}
