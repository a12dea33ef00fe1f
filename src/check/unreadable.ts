/** Why a workbook could not be read, from what reading it threw: the reader's own reason, else its message. */
import type { Issue } from "../engine";
import { isReadError } from "../workbook";

export type Unreadable = Extract<Issue, { code: "UNREADABLE_FILE" }>;

export function unreadable(reason: Unreadable["reason"], detail?: string, detailEn?: string): Unreadable {
  return { code: "UNREADABLE_FILE", reason, detail, ...(detailEn === undefined ? {} : { detailEn }) };
}

/** A reader bug must not take the batch down: the file is reported unreadable with what went wrong. */
export function unreadableOf(e: unknown): Unreadable {
  if (isReadError(e)) return unreadable(e.reason, e.detail, e.detailEn);
  return unreadable("bad-xml", e instanceof Error ? e.message : String(e));
}
