/**
 * Relationship parts (`_rels/*.rels`): how a workbook finds its sheets, shared strings, styles and tables.
 * Targets may be relative to the part's folder or absolute from the package root.
 */
import { ReadError } from "../readError";
import { OPEN, XmlScanner, END } from "../xml/scanner";
import type { ZipArchive } from "../zip/types";

/**
 * One `<Relationship>` of a rels part, as written: the target relative to the owning part's folder, absolute
 * from the package root, or (external) a URI. The reader and the writer both parse rels into this.
 */
export interface RelationshipEntry {
  readonly id: string;
  /** The full type URI; compare with `relType`, which ignores the transitional/strict namespace. */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** A relationship as the reader hands it on: the target resolved to its part's path (no leading slash). */
export interface Relationship extends RelationshipEntry {
  /** The target part's path inside the zip (no leading slash), or the target as written when external. */
  readonly target: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(ownerPart: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  try {
    t = decodeURIComponent(t);
  } catch {
    // A stray "%" is just a character of the name.
  }
  const base = t.startsWith("/") ? [] : ownerPart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The last segment of a relationship type: "worksheet", "sharedStrings", "officeDocument", "table" … */
export function relType(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/**
 * The `<Relationship>` elements of a rels part, in order, as written. Id and Target are required (OPC); a
 * part without them is refused, not guessed at.
 */
export function parseRelationships(source: string | Uint8Array, path: string): RelationshipEntry[] {
  const out: RelationshipEntry[] = [];
  const s = XmlScanner.of(source, path);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev !== OPEN || !s.is("Relationship")) continue;
    const id = s.attr("Id");
    const target = s.attr("Target");
    if (id === undefined || target === undefined) throw new ReadError("bad-xml", { d: "relationship-incomplete", part: path });
    out.push({ id, type: s.attr("Type") ?? "", target, external: s.attr("TargetMode") === "External" });
  }
  return out;
}

/** The relationships of `partPath`, by id (the first of a repeated id), targets resolved. A part without a rels file has none. */
export function readRels(archive: ZipArchive, partPath: string): ReadonlyMap<string, Relationship> {
  const path = relsPathFor(partPath);
  const rels = new Map<string, Relationship>();
  if (!archive.has(path)) return rels;
  for (const r of parseRelationships(archive.read(path), path)) {
    if (!rels.has(r.id)) rels.set(r.id, r.external ? r : { ...r, target: resolveTarget(partPath, r.target) });
  }
  return rels;
}
