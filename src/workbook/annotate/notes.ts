/**
 * The notes (legacy comments) on marked cells: a comments part and its VML drawing. The applicant's own
 * comments stay exactly as they are; ours have the author "lygip", so a later run removes only those. A
 * cell that already holds an applicant's comment gets no note from us (its messages are in 审核说明).
 */
import { encodeOoxmlString } from "../xlsx/ooxmlText";
import { cellAddress } from "../../output/cellRef";
import { NOTE_PREFIX } from "../../output/labels";
import { inlineText } from "./sheetCells";
import {
  XML_DECLARATION, attributes, childByName, childElements, expandEmpty, innerText, rootElement,
  splice,
} from "./xmlScan";

export const NOTE_AUTHOR = "lygip";
const PREFIXES = Object.values(NOTE_PREFIX);

export interface Note {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface CommentsState {
  /** Cells with a comment that is not ours. */
  readonly userCells: ReadonlySet<string>;
  /** Cells with a note of ours (from an earlier run). */
  readonly ourCells: ReadonlySet<string>;
}

/** Who wrote what in a comments part. */
export function readComments(xml: string, part: string): CommentsState {
  const { comments } = parseComments(xml, part);
  const userCells = new Set<string>();
  const ourCells = new Set<string>();
  for (const c of comments) (c.ours ? ourCells : userCells).add(c.ref);
  return { userCells, ourCells };
}

function parseComments(xml: string, part: string) {
  const root = rootElement(xml, part);
  const authorsEl = childByName(xml, root, "authors", part);
  const authors = authorsEl ? childElements(xml, authorsEl, part).filter((a) => a.local === "author").map((a) => innerText(xml, a)) : [];
  const ourAuthors = new Set(authors.flatMap((a, i) => (a === NOTE_AUTHOR ? [String(i)] : [])));
  const list = childByName(xml, root, "commentList", part);
  const comments = (list ? childElements(xml, list, part).filter((c) => c.local === "comment") : []).map((span) => {
    const a = attributes(xml, span);
    const ref = (a.get("ref") ?? "").split(":")[0].replace(/\$/g, "").toUpperCase();
    const authorId = a.get("authorId") ?? "";
    const text = childElements(xml, span, part).find((k) => k.local === "text");
    // Ours by author, or by the words every note of ours starts with: a program that re-saves the file may
    // drop the author, and the task pane's notes carry the user's name.
    const ours = ourAuthors.has(authorId) || (!!text && PREFIXES.some((p) => inlineText(xml, text, part).startsWith(p)));
    return { span, ref, authorId, ours };
  });
  return { root, authorsEl, authors, ourAuthors, list, comments };
}

/** A comments part holding only our notes. */
export function newCommentsPart(notes: readonly Note[]): string {
  return (
    XML_DECLARATION +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>${NOTE_AUTHOR}</author></authors><commentList>` +
    notes.map((n) => commentXml(n, 0, "")).join("") +
    "</commentList></comments>"
  );
}

/** An existing comments part with our earlier notes removed and the new ones appended; theirs untouched. */
export function rewriteCommentsPart(input: string, part: string, notes: readonly Note[]): string {
  let xml = input;
  let parsed = parseComments(xml, part);
  const prefix = parsed.root.prefix ? `${parsed.root.prefix}:` : "";
  if (parsed.list && parsed.comments.some((c) => c.ours)) {
    // Rebuilt in one pass: the list keeps everything but our comments, exactly as it was.
    const pieces: string[] = [];
    let cursor = parsed.list.openEnd;
    for (const c of parsed.comments) {
      if (!c.ours) continue;
      pieces.push(xml.slice(cursor, c.span.start));
      cursor = c.span.end;
    }
    pieces.push(xml.slice(cursor, parsed.list.innerEnd));
    xml = splice(xml, parsed.list.openEnd, parsed.list.innerEnd, pieces.join(""));
  }
  parsed = parseComments(xml, part);
  let authorId = parsed.authors.indexOf(NOTE_AUTHOR);
  if (notes.length === 0) return xml;
  if (authorId < 0) {
    if (!parsed.authorsEl) throw new Error(`${part}: no <authors>`);
    xml = expandEmpty(xml, parsed.authorsEl);
    parsed = parseComments(xml, part);
    xml = splice(xml, parsed.authorsEl!.innerEnd, parsed.authorsEl!.innerEnd, `<${prefix}author>${NOTE_AUTHOR}</${prefix}author>`);
    authorId = parsed.authors.length;
    parsed = parseComments(xml, part);
  }
  if (!parsed.list) {
    xml = splice(xml, parsed.authorsEl!.end, parsed.authorsEl!.end, `<${prefix}commentList></${prefix}commentList>`);
    parsed = parseComments(xml, part);
  } else if (parsed.list.selfClosing) {
    xml = expandEmpty(xml, parsed.list);
    parsed = parseComments(xml, part);
  }
  const list = parsed.list!;
  return splice(xml, list.innerEnd, list.innerEnd, notes.map((n) => commentXml(n, authorId, prefix)).join(""));
}

function commentXml(note: Note, authorId: number, p: string): string {
  const keep = /^\s|\s$|\n/.test(note.text) ? ' xml:space="preserve"' : "";
  return (
    `<${p}comment ref="${cellAddress(note.row, note.col)}" authorId="${authorId}">` +
    // One run, formatted as Excel formats a note's text: readers that only follow runs see it too.
    `<${p}text><${p}r><${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr>` +
    `<${p}t${keep}>${encodeOoxmlString(note.text)}</${p}t></${p}r></${p}text></${p}comment>`
  );
}

// ---- VML: the boxes Excel draws for notes -------------------------------------------------------------------

const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml"';
const OFFICE_NS = 'xmlns:o="urn:schemas-microsoft-com:office:office"';
const EXCEL_NS = 'xmlns:x="urn:schemas-microsoft-com:office:excel"';

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The idmap block numbers every VML part of the workbook uses: a new drawing takes a free one. */
export function vmlIdBlocks(vml: string): number[] {
  const out: number[] = [];
  for (const m of vml.matchAll(/<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/g)) {
    for (const n of m[1].split(",")) if (/^\s*\d+\s*$/.test(n)) out.push(Number(n));
  }
  return out;
}

/** A VML drawing holding only our notes' boxes, in id block `block` (shape ids block × 1024 + 1, …). */
export function newVmlPart(notes: readonly Note[], block: number): string {
  return (
    `<xml ${VML_NS} ${OFFICE_NS} ${EXCEL_NS}>` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    NOTE_SHAPETYPE +
    notes.map((n, i) => shapeXml(n, block * 1024 + 1 + i)).join("") +
    "</xml>"
  );
}

/**
 * An existing VML drawing with our earlier boxes removed (those on `ourCells`) and the new ones appended.
 * VML from Excel is not always well-formed XML, so shapes are found by their own tags only.
 */
export function rewriteVmlPart(input: string, ourCells: ReadonlySet<string>, notes: readonly Note[]): string {
  let vml = input.replace(/<v:shape\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/v:shape\s*>)/g, (shape) => {
    if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return shape;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
    if (!row || !col) return shape;
    return ourCells.has(cellAddress(Number(row[1]) + 1, Number(col[1]))) ? "" : shape;
  });
  if (notes.length === 0) return vml;
  const root = /<xml\b[^>]*>/.exec(vml);
  const close = vml.lastIndexOf("</xml>");
  if (!root || close < 0) throw new Error("VML drawing without an <xml> root");
  let head = root[0];
  for (const ns of [VML_NS, OFFICE_NS, EXCEL_NS]) {
    if (!head.includes(ns.split("=")[0])) head = head.replace(/>$/, ` ${ns}>`);
  }
  vml = vml.slice(0, root.index) + head + vml.slice(root.index + root[0].length);
  const closeAt = vml.lastIndexOf("</xml>");
  const shapetype = /id\s*=\s*["']_x0000_t202["']/.test(vml) ? "" : NOTE_SHAPETYPE;
  const first = nextShapeId(vml);
  return vml.slice(0, closeAt) + shapetype + notes.map((n, i) => shapeXml(n, first + i)).join("") + vml.slice(closeAt);
}

/** One above the highest shape number in the drawing, and inside its id block. */
function nextShapeId(vml: string): number {
  let max = 0;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  const block = vmlIdBlocks(vml)[0] ?? 1;
  return Math.max(max, block * 1024) + 1;
}

function shapeXml(note: Note, id: number): string {
  const top = Math.max(0, note.row - 2);
  const anchor = `${note.col + 1}, 15, ${top}, 10, ${note.col + 4}, 15, ${top + 5}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" ` +
    'style="position:absolute;margin-left:60pt;margin-top:2pt;width:200pt;height:80pt;z-index:1;visibility:hidden" ' +
    'fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${note.row - 1}</x:Row><x:Column>${note.col}</x:Column></x:ClientData></v:shape>`
  );
}
