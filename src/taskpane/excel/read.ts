/**
 * Reading the workbook: two syncs, whatever its size. The first learns the structure (sheet names, tables,
 * notes, the ownership record's parts); the second loads every sheet's used range (values, value types, number
 * formats, formulas) with the product's earlier marks, the notes' places and the record's text, so a later
 * write can remove what an earlier run left.
 */
import { OWNERSHIP_NS } from "../../check";
import type { NoteInfo, WorkbookData } from "../session/ports";
import { parseAddress } from "./address";
import { gridFromRange } from "./cells";
import { isOurMarkFormula, isOurNote } from "./ours";
import type { Capabilities } from "./requirements";

export type { NoteInfo, TableInfo, WorkbookData } from "../session/ports";

/** Office objects a later write acts on, from the same request context. */
export interface WorkbookHandles {
  readonly ourMarks: readonly Excel.ConditionalFormat[];
  readonly ourNotes: readonly Excel.Note[];
  /** The ownership record's parts, replaced when results are written and removed by a clear. */
  readonly ownershipParts: readonly Excel.CustomXmlPart[];
}

export interface WorkbookRead {
  readonly data: WorkbookData;
  readonly handles: WorkbookHandles;
}

export async function readWorkbook(context: Excel.RequestContext, caps: Capabilities): Promise<WorkbookRead> {
  const { workbook } = context;
  const worksheets = workbook.worksheets.load("items/name,items/visibility");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  const tables = workbook.tables.load("items/name,items/showTotals");
  const notes = caps.notes ? workbook.notes.load("items/content") : null;
  if (caps.freeze) workbook.load("name");
  const records = workbook.customXmlParts.getByNamespace(OWNERSHIP_NS).load("items/id");
  await context.sync();

  const sheets = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true).load("address,values,valueTypes,numberFormat,formulas");
    // Asked of the whole sheet: the used range may be a null object, and a null object has no merged areas.
    const merged = caps.merges ? ws.getRange().getMergedAreasOrNullObject().load("address") : null;
    const formats = ws.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
    // Names a new 汇总's PivotTables must not take while a sheet that holds them stays.
    const pivots = caps.pivots ? ws.pivotTables.load("items/name") : null;
    // Excel refuses writes to a protected sheet part-way through a request: the check refuses it first.
    const protection = ws.protection.load("protected");
    return { name: ws.name, used, merged, formats, pivots, protection };
  });
  const tableRanges = tables.items.map((t) => ({ name: t.name, showTotals: t.showTotals, range: t.getRange().load("address") }));
  const noteItems = notes ? notes.items.map((note) => ({ note, where: note.getLocation().load("address") })) : [];
  const recordXml = records.items.map((part) => part.getXml());
  await context.sync();

  const ourMarks: Excel.ConditionalFormat[] = [];
  const grids = sheets.map((s) => {
    for (const cf of s.formats.items) {
      if (cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isOurMarkFormula(cf.customOrNullObject.rule.formula)) {
        ourMarks.push(cf);
      }
    }
    const grid = gridFromRange(s.name, s.used.isNullObject ? null : s.used);
    if (!s.merged || s.merged.isNullObject) return grid;
    const merges = s.merged.address.split(",").map((a) => parseAddress(a).range);
    return { ...grid, merges };
  });
  const noteInfo: NoteInfo[] = [];
  const ourNotes: Excel.Note[] = [];
  for (const { note, where } of noteItems) {
    const parsed = parseAddress(where.address);
    const ours = isOurNote(note.content);
    if (ours) ourNotes.push(note);
    noteInfo.push({ sheet: parsed.sheet ?? "", row: parsed.range.top, col: parsed.range.left, ours });
  }
  const tableInfo = tableRanges.map((t) => {
    const parsed = parseAddress(t.range.address);
    return { name: t.name, sheet: parsed.sheet ?? active.name, range: parsed.range, ...(t.showTotals ? { showTotals: true } : {}) };
  });
  return {
    data: {
      sheets: grids, activeSheet: active.name, tables: tableInfo,
      hiddenSheets: worksheets.items.filter((ws) => ws.visibility !== "Visible").map((ws) => ws.name),
      protectedSheets: sheets.filter((s) => s.protection.protected).map((s) => s.name),
      notes: noteInfo,
      ...(caps.pivots ? { pivots: sheets.flatMap((s) => s.pivots!.items.map((p) => ({ name: p.name, sheet: s.name }))) } : {}),
      ownershipParts: recordXml.map((x) => x.value),
      ...(caps.freeze ? { fileName: workbook.name } : {}),
    },
    handles: { ourMarks, ourNotes, ownershipParts: records.items },
  };
}
