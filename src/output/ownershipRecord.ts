/**
 * The ownership record's format (REPORT.md "Ownership", docs/spec/ownership.xsd): what an earlier check
 * wrote, as the custom XML part every host reads and writes — the xlsx writer in the file's package, the
 * task pane through Office.js. What a later check may rewrite by it is src/writer/ownership.ts's and
 * output/resultCells.ts's to say.
 */
import { escapeAttr } from "../workbook/xml/escape";
import { END, OPEN, XmlScanner } from "../workbook/xml/scanner";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const OWNERSHIP_NS = "urn:lygip:ownership:1";
/** The product's sheets, by what they are (their names may differ: 汇总（2） beside an applicant's 汇总). */
export type SheetRole = "issues" | "summary" | "detail" | "info" | "form";

export interface OwnedSheet {
  readonly role: SheetRole;
  readonly name: string;
  readonly sha256: string;
}

/** The result cells written into the table's sheet: columns first..last (0-based) on the rows listed. */
export interface OwnedResults {
  readonly sheet: string;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Ascending. */
  readonly rows: readonly number[];
  readonly sha256: string;
}

export interface OwnershipRecord {
  readonly results?: OwnedResults;
  readonly sheets: readonly OwnedSheet[];
  /**
   * Which input the copy was made from: a SHA-256 of the input's resolved path (not the path itself: the
   * copy is passed on, the reviewer's folders stay private). The same file corrected and checked again is
   * the same input; another file of the same name from another folder is not.
   */
  readonly source?: string;
  /** The SHA-256 of every other entry of the package as written (name, CRC-32, size): see contentsDigest. */
  readonly contents?: string;
  /**
   * The notes (comments) the check wrote on the table's sheet: cell → noteDigest of the text. A note whose
   * text no longer matches has had words added by someone: it is theirs from then on.
   */
  readonly notes?: ReadonlyMap<string, string>;
}

const NOTE_ENTRY = /^([A-Z]{1,3}[1-9]\d{0,6}):([0-9a-f]{16})$/;

function formatNotes(notes: ReadonlyMap<string, string>): string {
  return [...notes].map(([ref, digest]) => `${ref}:${digest}`).join(" ");
}

function parseNotes(text: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const entry of text.split(" ").filter(Boolean)) {
    const m = NOTE_ENTRY.exec(entry);
    if (!m) return undefined;
    out.set(m[1], m[2]);
  }
  return out;
}

/** Rows as ascending runs: "1 3-40 45". */
function formatRows(rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(i === j ? String(rows[i]) : `${rows[i]}-${rows[j]}`);
    i = j + 1;
  }
  return out.join(" ");
}

function parseRows(text: string, maxRows: number): number[] | undefined {
  const rows: number[] = [];
  for (const run of text.split(" ").filter(Boolean)) {
    const m = /^(\d{1,7})(?:-(\d{1,7}))?$/.exec(run);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    const last = rows.length ? rows[rows.length - 1] : 0;
    if (from <= last || to < from || to > maxRows) return undefined;
    for (let r = from; r <= to; r++) rows.push(r);
  }
  return rows;
}

const HEX64 = /^[0-9a-f]{64}$/;
export const ROLES: readonly SheetRole[] = ["issues", "summary", "detail", "info", "form"];

export function recordXml(record: OwnershipRecord): string {
  const parts: string[] = [];
  const r = record.results;
  if (r) {
    parts.push(
      `<results sheet="${escapeAttr(r.sheet)}" firstCol="${r.firstCol}" lastCol="${r.lastCol}" rows="${formatRows(r.rows)}" sha256="${r.sha256}"/>`,
    );
  }
  for (const s of record.sheets) parts.push(`<sheet role="${s.role}" name="${escapeAttr(s.name)}" sha256="${s.sha256}"/>`);
  if (record.notes) parts.push(`<notes cells="${formatNotes(record.notes)}"/>`);
  if (record.source) parts.push(`<source sha256="${record.source}"/>`);
  if (record.contents) parts.push(`<contents sha256="${record.contents}"/>`);
  return `${XML_DECLARATION}<ownership xmlns="${OWNERSHIP_NS}">${parts.join("")}</ownership>`;
}

/** The record in a part, or undefined if the part is not one (another custom XML part, or malformed). */
export function parseRecord(xml: string, part: string, maxRows = 1_048_576): OwnershipRecord | undefined {
  const s = new XmlScanner(xml, part);
  let results: OwnedResults | undefined;
  const sheets: OwnedSheet[] = [];
  const digests: { source?: string; contents?: string; notes?: Map<string, string> } = {};
  try {
    for (let ev = s.next(); ev !== END; ev = s.next()) {
      if (ev !== OPEN) continue;
      if (s.level === 1) {
        if (!s.is("ownership") || s.attr("xmlns") !== OWNERSHIP_NS || s.name !== "ownership") return undefined;
      } else if (s.level === 2 && s.is("results")) {
        const firstCol = Number(s.attr("firstCol"));
        const lastCol = Number(s.attr("lastCol"));
        const rows = parseRows(s.attr("rows") ?? "", maxRows);
        const sha256 = s.attr("sha256") ?? "";
        const sheet = s.attr("sheet");
        if (results || sheet === undefined || !rows || !HEX64.test(sha256)) return undefined;
        if (!Number.isInteger(firstCol) || !Number.isInteger(lastCol) || firstCol < 0 || lastCol < firstCol || lastCol > 16_383) return undefined;
        results = { sheet, firstCol, lastCol, rows, sha256 };
      } else if (s.level === 2 && s.is("sheet")) {
        const role = s.attr("role") as SheetRole;
        const name = s.attr("name");
        const sha256 = s.attr("sha256") ?? "";
        if (!ROLES.includes(role) || name === undefined || !HEX64.test(sha256) || sheets.some((x) => x.role === role)) return undefined;
        sheets.push({ role, name, sha256 });
      } else if (s.level === 2 && s.is("notes")) {
        const notes = parseNotes(s.attr("cells") ?? "");
        if (digests.notes !== undefined || !notes) return undefined;
        digests.notes = notes;
      } else if (s.level === 2 && (s.is("source") || s.is("contents"))) {
        const key = s.is("source") ? "source" : "contents";
        const sha256 = s.attr("sha256") ?? "";
        if (digests[key] !== undefined || !HEX64.test(sha256)) return undefined;
        digests[key] = sha256;
      }
    }
  } catch {
    return undefined;
  }
  return { results, sheets, ...digests };
}
