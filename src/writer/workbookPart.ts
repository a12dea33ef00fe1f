/**
 * workbook.xml: the list of sheets and the defined names. The product adds its two sheets at the end (so
 * the sheet indexes that sheet-scoped names use stay as they were); which sheets are its own is said by the
 * ownership record (ownership.ts), never by a name.
 */
import { maxOf } from "../output/extremes";
import { REL_NS } from "./opc";
import {
  attributes, childByName, childElements, escapeAttr, escapeText, expandEmpty, insertionPoint, rootElement,
  splice, tagWithAttribute, type ElementSpan,
} from "./xmlScan";

const PART = "workbook.xml";

/** CT_Workbook's sequence. */
const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
  "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
  "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
] as const;

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly span: ElementSpan;
}

export function listSheets(xml: string): SheetEntry[] {
  const root = rootElement(xml, PART);
  const sheets = childByName(xml, root, "sheets", PART);
  if (!sheets) return [];
  return childElements(xml, sheets, PART)
    .filter((s) => s.local === "sheet")
    .map((span) => {
      const a = attributes(xml, span);
      const relId = [...a].find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      return { name: a.get("name") ?? "", sheetId: Number(a.get("sheetId") ?? 0), relId, span };
    });
}

/** A new sheet entry at the end of <sheets>. */
export function appendSheet(xml: string, name: string, sheetId: number, relId: string): string {
  const root = rootElement(xml, PART);
  const sheets = childByName(xml, root, "sheets", PART);
  if (!sheets) throw new Error(`${PART}: no <sheets>`);
  const p = root.prefix ? `${root.prefix}:` : "";
  const relPrefix = relPrefixOf(xml, root);
  const rAttr = relPrefix ? `${relPrefix}:id="${escapeAttr(relId)}"` : `xmlns:r="${REL_NS}" r:id="${escapeAttr(relId)}"`;
  return splice(xml, sheets.innerEnd, sheets.innerEnd, `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${rAttr}/>`);
}

/** The sheet entry with a new name. */
export function renameSheet(xml: string, sheet: SheetEntry, name: string): string {
  return splice(xml, sheet.span.start, sheet.span.openEnd, tagWithAttribute(xml.slice(sheet.span.start, sheet.span.openEnd), "name", name));
}

/** The prefix the root binds to the relationships namespace, if any. */
function relPrefixOf(xml: string, root: ElementSpan): string | undefined {
  for (const [k, v] of attributes(xml, root)) if (k.startsWith("xmlns:") && v === REL_NS) return k.slice(6);
  return undefined;
}

/**
 * Sets a name scoped to one sheet (its 0-based place in <sheets>), such as `_xlnm.Print_Titles` or
 * `_xlnm._FilterDatabase`. With `keep`, a name the sheet already has is left as it is: a setting the
 * applicant made stays theirs.
 */
export function setSheetScopedName(input: string, name: string, sheetIndex: number, value: string, options: { hidden?: boolean; keep?: boolean } = {}): string {
  let xml = input;
  const root = rootElement(xml, PART);
  const p = root.prefix ? `${root.prefix}:` : "";
  const hidden = options.hidden ? ' hidden="1"' : "";
  const el = `<${p}definedName name="${escapeAttr(name)}" localSheetId="${sheetIndex}"${hidden}>${escapeText(value)}</${p}definedName>`;
  let names = childByName(xml, root, "definedNames", PART);
  if (!names) {
    const at = insertionPoint(xml, root, "definedNames", WORKBOOK_ORDER, PART);
    return splice(xml, at, at, `<${p}definedNames>${el}</${p}definedNames>`);
  }
  if (names.selfClosing) {
    xml = expandEmpty(xml, names);
    names = childByName(xml, rootElement(xml, PART), "definedNames", PART)!;
  }
  const existing = childElements(xml, names, PART).find((d) => {
    const a = attributes(xml, d);
    return d.local === "definedName" && a.get("name")?.toLowerCase() === name.toLowerCase() && a.get("localSheetId") === String(sheetIndex);
  });
  if (existing) return options.keep ? xml : splice(xml, existing.start, existing.end, el);
  return splice(xml, names.innerEnd, names.innerEnd, el);
}

/**
 * The workbook's <pivotCache> for the cache definition the relationship `relId` points at: the one there
 * is kept with its cacheId, or one is added with the next free cacheId.
 */
export function ensurePivotCache(input: string, relId: string): { xml: string; cacheId: number } {
  let xml = input;
  const root = rootElement(xml, PART);
  const p = root.prefix ? `${root.prefix}:` : "";
  let caches = childByName(xml, root, "pivotCaches", PART);
  const entries = caches ? childElements(xml, caches, PART).filter((c) => c.local === "pivotCache") : [];
  const ids: number[] = [];
  for (const e of entries) {
    const a = attributes(xml, e);
    const id = Number(a.get("cacheId"));
    if ([...a].some(([k, v]) => k.endsWith(":id") && v === relId)) return { xml, cacheId: id };
    ids.push(id);
  }
  const cacheId = maxOf(ids.filter(Number.isFinite), 0) + 1;
  const relPrefix = relPrefixOf(xml, root);
  const rAttr = relPrefix ? `${relPrefix}:id="${escapeAttr(relId)}"` : `xmlns:r="${REL_NS}" r:id="${escapeAttr(relId)}"`;
  const el = `<${p}pivotCache cacheId="${cacheId}" ${rAttr}/>`;
  if (!caches) {
    const at = insertionPoint(xml, root, "pivotCaches", WORKBOOK_ORDER, PART);
    return { xml: splice(xml, at, at, `<${p}pivotCaches>${el}</${p}pivotCaches>`), cacheId };
  }
  if (caches.selfClosing) {
    xml = expandEmpty(xml, caches);
    caches = childByName(xml, rootElement(xml, PART), "pivotCaches", PART)!;
  }
  return { xml: splice(xml, caches.innerEnd, caches.innerEnd, el), cacheId };
}
