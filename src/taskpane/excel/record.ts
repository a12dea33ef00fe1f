/**
 * The ownership record through Office.js: a custom XML part, as in the command line's copy (REPORT.md
 * "Ownership"). What it says is the session's (session/records.ts); this only puts it in the workbook.
 */
import type { WorkbookRead } from "./read";

/**
 * Queues the record in place of the earlier check's: every part in its namespace the read found goes (the
 * first is the one that counts; another could only be a forgery). Returns the new part, for a later write of
 * the same action to replace in its turn.
 */
export function replaceRecord(
  context: Excel.RequestContext, read: WorkbookRead, record: string, alsoReplace: readonly Excel.CustomXmlPart[] = [],
): Excel.CustomXmlPart {
  for (const part of [...read.handles.ownershipParts, ...alsoReplace]) part.delete();
  return context.workbook.customXmlParts.add(record);
}
