/** Why a workbook could not be read, from what reading it threw: the reader's own reason and detail code. */
import type { Issue, ReadDetail } from "../engine";
import { isReadError } from "../workbook";

export type Unreadable = Extract<Issue, { code: "UNREADABLE_FILE" }>;

export function unreadable(reason: Unreadable["reason"], found?: ReadDetail): Unreadable {
  return found === undefined ? { code: "UNREADABLE_FILE", reason } : { code: "UNREADABLE_FILE", reason, found };
}

/** A reader bug must not take the batch down: the file is reported unreadable with what went wrong. */
export function unreadableOf(e: unknown): Unreadable {
  if (isReadError(e)) return unreadable(e.reason, e.found);
  return unreadable("bad-xml", { d: "unexpected", message: e instanceof Error ? e.message : String(e) });
}
