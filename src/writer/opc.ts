/**
 * The package around the parts: relationships (which part a sheet, a comment list, a drawing is), part
 * names, and [Content_Types].xml. Relationship types are matched by their last segment, so transitional
 * and strict workbooks are read alike.
 */
import { attributes, childElements, escapeAttr, rootElement, splice } from "./xmlScan";
import type { RelationshipEntry } from "../workbook/xlsx/rels";

export { CT_COMMENTS, CT_VML, CT_WORKSHEET, REL_COMMENTS, REL_NS, REL_VML, REL_WORKSHEET } from "../workbook/xlsx/ooxmlNames";
import { CONTENT_TYPES_PART, PKG_REL_NS } from "../workbook/xlsx/ooxmlNames";

/**
 * Relationships are parsed and part names resolved exactly as the reader does (xlsx/rels.ts), so the writer
 * edits the parts it read. The writer keeps targets as written and resolves them where it follows one.
 */
export {
  parseRelationships as parseRels, relType as relKind, relsPathFor as relsPathOf, resolveTarget, type RelationshipEntry as Relationship,
} from "../workbook/xlsx/rels";

/** A zip entry name as a target relative to the source part's folder. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** An id not yet used in the rels: rId1, rId2, … the first free one. */
export function freeRelId(rels: readonly RelationshipEntry[]): string {
  const used = new Set(rels.map((r) => r.id));
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

export function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"></Relationships>`;
}

/** The rels with one relationship added before the root's end tag. */
export function addRelationship(xml: string, part: string, rel: { id: string; type: string; target: string }): string {
  const root = rootElement(xml, part);
  const prefix = root.prefix ? `${root.prefix}:` : "";
  const el = `<${prefix}Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(rel.target)}"/>`;
  if (root.selfClosing) {
    const open = xml.slice(root.start, root.openEnd - 2).replace(/\s+$/, "");
    return splice(xml, root.start, root.end, `${open}>${el}</${root.qname}>`);
  }
  return splice(xml, root.innerEnd, root.innerEnd, el);
}

/** The first free name "prefix{n}suffix" among the zip's entries (compared without case, as Excel does). */
export function freePartName(existing: Iterable<string>, prefix: string, suffix: string): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** [Content_Types].xml with an Override for the part, unless one is there. */
export function ensureOverride(xml: string, part: string, contentType: string): string {
  const root = rootElement(xml, CONTENT_TYPES_PART);
  const children = childElements(xml, root, CONTENT_TYPES_PART);
  const partName = `/${part}`;
  if (children.some((c) => c.local === "Override" && attributes(xml, c).get("PartName")?.toLowerCase() === partName.toLowerCase())) return xml;
  const prefix = root.prefix ? `${root.prefix}:` : "";
  return splice(xml, root.innerEnd, root.innerEnd, `<${prefix}Override PartName="${escapeAttr(partName)}" ContentType="${escapeAttr(contentType)}"/>`);
}

/** [Content_Types].xml with a Default for the extension, unless one is there. Defaults go before Overrides. */
export function ensureDefault(xml: string, extension: string, contentType: string): string {
  const root = rootElement(xml, CONTENT_TYPES_PART);
  const children = childElements(xml, root, CONTENT_TYPES_PART);
  if (children.some((c) => c.local === "Default" && attributes(xml, c).get("Extension")?.toLowerCase() === extension.toLowerCase())) return xml;
  const prefix = root.prefix ? `${root.prefix}:` : "";
  const firstOverride = children.find((c) => c.local === "Override");
  const at = firstOverride ? firstOverride.start : root.innerEnd;
  return splice(xml, at, at, `<${prefix}Default Extension="${escapeAttr(extension)}" ContentType="${escapeAttr(contentType)}"/>`);
}
