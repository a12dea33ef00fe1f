/**
 * The notes (legacy comments) on marked cells: a comments part and its VML drawing. The applicant's own
 * comments stay exactly as they are; ours have the author "lygip", so a later run removes only those. A
 * cell that already holds an applicant's comment gets no note from us (its messages are in 审核说明).
 */
import { encodeOoxmlString } from "../workbook/xlsx/ooxmlText";
import { cellAddress } from "../output/cellRef";
import { NOTE_PREFIX } from "../output/labels";
import { inlineText } from "./sheetCells";
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "../workbook/xml/scanner";
import { textOf, type TextSink } from "../workbook/zip";
import {
  XML_DECLARATION, attributes, childByName, childElements, expandEmpty, innerText, rootElement,
  splice, tagWithAttribute,
} from "./xmlScan";
import { MAIN_NS } from "../workbook/xlsx/ooxmlNames";

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

/**
 * Whether a comment is one of lygip's notes, by the record of the check that wrote it (cell and the digest
 * of its text: a note someone added words to is theirs). Without it, by author and opening words.
 */
export type NoteOwner = (ref: string, text: string) => boolean;

/** Who wrote what in a comments part. */
export function readComments(xml: string, part: string, owner?: NoteOwner): CommentsState {
  const { comments } = parseComments(xml, part, owner);
  const userCells = new Set<string>();
  const ourCells = new Set<string>();
  for (const c of comments) (c.ours ? ourCells : userCells).add(c.ref);
  return { userCells, ourCells };
}

function parseComments(xml: string, part: string, owner?: NoteOwner) {
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
    const said = text ? inlineText(xml, text, part) : "";
    const ours = owner ? owner(ref, said) : ourAuthors.has(authorId) || (!!text && PREFIXES.some((p) => said.startsWith(p)));
    return { span, ref, authorId, ours };
  });
  return { root, authorsEl, authors, ourAuthors, list, comments };
}

/** A comments part holding only our notes. */
export function newCommentsPart(notes: readonly Note[]): string {
  return textOf((out) => writeNewCommentsPart(out, notes));
}

/** The same part written a note at a time into `out`. */
export function writeNewCommentsPart(out: TextSink, notes: readonly Note[]): void {
  out.write(
    XML_DECLARATION +
    `<comments xmlns="${MAIN_NS}">` +
    `<authors><author>${NOTE_AUTHOR}</author></authors><commentList>`,
  );
  for (const n of notes) out.write(commentXml(n, 0, ""));
  out.write("</commentList></comments>");
}


/** An existing comments part with our earlier notes removed and the new ones appended; theirs untouched. */
export function rewriteCommentsPart(input: string, part: string, notes: readonly Note[], owner?: NoteOwner): string {
  let xml = input;
  let parsed = parseComments(xml, part, owner);
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

/** What a VML drawing holds, read with the reader's grammar: id blocks, shape numbers, note boxes. */
interface VmlContent {
  readonly blocks: number[];
  readonly hasNoteShapetype: boolean;
  /** Shapes as spans of the source, with their number and, for note boxes, the cell they belong to. */
  readonly shapes: { readonly start: number; readonly end: number; readonly id: number; readonly cell?: string }[];
}

function readVml(vml: string, part: string): VmlContent {
  const blocks: number[] = [];
  let hasNoteShapetype = false;
  const shapes: { start: number; end: number; id: number; cell?: string }[] = [];
  const s = new XmlScanner(vml, part);
  // The shape being read (level 2, a child of the root): where it starts, whether it is a note, its cell.
  let shape: { start: number; id: number; note: boolean; row?: number; col?: number } | undefined;
  let capture: "row" | "col" | undefined;
  let text = "";
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      if (s.is("idmap")) {
        for (const n of (s.attr("data") ?? "").split(",")) if (/^\s*\d+\s*$/.test(n)) blocks.push(Number(n));
      } else if (s.is("shapetype") && s.attr("id") === "_x0000_t202") {
        hasNoteShapetype = true;
      } else if (s.level === 2 && s.is("shape")) {
        const id = /^_x0000_s(\d+)$/.exec(s.attr("id") ?? "");
        shape = { start: s.tagStart, id: id ? Number(id[1]) : 0, note: false };
      } else if (shape && s.is("ClientData")) {
        shape.note = s.attr("ObjectType") === "Note";
      } else if (shape && (s.is("Row") || s.is("Column"))) {
        capture = s.is("Row") ? "row" : "col";
        text = "";
      }
    } else if (ev === TEXT) {
      if (capture) text += s.text();
    } else if (ev === CLOSE) {
      if (capture && (s.is("Row") || s.is("Column"))) {
        const n = /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
        if (capture === "row") shape!.row = n;
        else shape!.col = n;
        capture = undefined;
      } else if (shape && s.level === 2 && s.is("shape")) {
        const cell = shape.note && shape.row !== undefined && shape.col !== undefined ? cellAddress(shape.row + 1, shape.col) : undefined;
        shapes.push({ start: shape.start, end: s.tagEnd, id: shape.id, ...(cell !== undefined ? { cell } : {}) });
        shape = undefined;
      }
    }
  }
  return { blocks, hasNoteShapetype, shapes };
}

/** The idmap block numbers every VML part of the workbook uses: a new drawing takes a free one. */
export function vmlIdBlocks(vml: string, part = "vmlDrawing.vml"): number[] {
  return readVml(vml, part).blocks;
}

/** A VML drawing holding only our notes' boxes, in id block `block` (shape ids block × 1024 + 1, …). */
export function newVmlPart(notes: readonly Note[], block: number): string {
  return textOf((out) => writeNewVmlPart(out, notes, block));
}

/** The same drawing written a box at a time into `out`. */
export function writeNewVmlPart(out: TextSink, notes: readonly Note[], block: number): void {
  out.write(
    `<xml ${VML_NS} ${OFFICE_NS} ${EXCEL_NS}>` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    NOTE_SHAPETYPE,
  );
  notes.forEach((n, i) => out.write(shapeXml(n, block * 1024 + 1 + i)));
  out.write("</xml>");
}

/**
 * An existing VML drawing with our earlier boxes removed (those on `ourCells`) and the new ones appended.
 * The drawing is read with the reader's grammar, in one pass: a drawing that is not well-formed XML is not
 * edited (the copy is refused with a message) rather than searched with a looser grammar.
 */
export function rewriteVmlPart(input: string, ourCells: ReadonlySet<string>, notes: readonly Note[], part = "vmlDrawing.vml"): string {
  const content = readVml(input, part);
  const pieces: string[] = [];
  let cursor = 0;
  let maxShape = 0;
  for (const n of content.shapes) {
    if (n.cell === undefined || !ourCells.has(n.cell)) {
      maxShape = Math.max(maxShape, n.id);
      continue;
    }
    pieces.push(input.slice(cursor, n.start));
    cursor = n.end;
  }
  pieces.push(input.slice(cursor));
  let vml = pieces.join("");
  if (notes.length === 0) return vml;

  const root = rootElement(vml, part);
  let head = vml.slice(root.start, root.openEnd);
  const declared = attributes(vml, root);
  for (const ns of [VML_NS, OFFICE_NS, EXCEL_NS]) {
    const [name, quoted] = ns.split("=") as [string, string];
    if (!declared.has(name)) head = tagWithAttribute(head, name, quoted.slice(1, -1));
  }
  vml = splice(vml, root.start, root.openEnd, head);
  const closeAt = rootElement(vml, part).innerEnd;
  const shapetype = content.hasNoteShapetype ? "" : NOTE_SHAPETYPE;
  const block = content.blocks[0] ?? 1;
  const first = Math.max(maxShape, block * 1024) + 1;
  return splice(vml, closeAt, closeAt, shapetype + notes.map((n, i) => shapeXml(n, first + i)).join(""));
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
