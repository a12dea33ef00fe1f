/** Excel tables (ListObjects) of a sheet: the parts its rels point to with the "table" type. */
import { END, OPEN, XmlScanner } from "../xml/scanner";
import type { ZipArchive } from "../zip/types";
import { readRels, relType } from "./rels";

export interface TableInfo {
  /** The name Excel shows (displayName), falling back to the internal name. */
  readonly name: string;
  /** "A1:R20", header row included. */
  readonly ref: string;
  /** 0 when the table has no header row. */
  readonly headerRowCount: number;
  /** Rows of its totals row (汇总行) at the end of `ref`; 0 when it shows none. */
  readonly totalsRows: number;
}

export function readSheetTables(archive: ZipArchive, sheetPath: string): TableInfo[] {
  const tables: TableInfo[] = [];
  for (const rel of readRels(archive, sheetPath).values()) {
    if (rel.external || relType(rel.type) !== "table" || !archive.has(rel.target)) continue;
    const info = parseTablePart(archive.read(rel.target), rel.target);
    if (info) tables.push(info);
  }
  return tables;
}

function parseTablePart(xml: Uint8Array, part: string): TableInfo | undefined {
  const s = XmlScanner.fromBytes(xml, part);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev !== OPEN || !s.is("table")) continue;
    const ref = s.attr("ref");
    const name = s.attr("displayName") ?? s.attr("name");
    if (ref === undefined || name === undefined) return undefined;
    const count = Number(s.attr("headerRowCount") ?? "1");
    const totals = Number(s.attr("totalsRowCount") ?? "0");
    return { name, ref, headerRowCount: Number.isInteger(count) && count >= 0 ? count : 1, totalsRows: Number.isInteger(totals) && totals > 0 ? totals : 0 };
  }
  return undefined;
}
