/**
 * The ownership record as the pane reads and writes it (REPORT.md "Ownership"), the same record the command
 * line writes into its copy: which sheets an earlier check — of either host — wrote, which of them still hold
 * exactly what it wrote (the digest of their cells, taken as Office.js loads them, matches), where the sheets
 * this check writes go, and the record it leaves. A sheet's name claims nothing: 问题清单 of the applicant's
 * own, or one a reviewer wrote in, is theirs, and ours goes beside it as 问题清单（2）.
 */
import {
  gridDigest, ownershipRecordOf, recordXml, ROLES, type OwnedResults, type OwnedSheet, type OwnershipRecord, type SheetRole,
} from "../../check";
import type { WorkbookData } from "./ports";

export interface SheetClaims {
  readonly record?: OwnershipRecord;
  /** The recorded sheets still there and still as written, by role: the check's to replace or remove. */
  readonly owned: ReadonlyMap<SheetRole, OwnedSheet>;
  /** Recorded sheets still there whose cells changed since: the user's from then on. */
  readonly changed: readonly string[];
}

/** What the workbook's record says of its sheets; `tableSheet` is never one of ours, whatever it says. */
export function sheetClaims(data: WorkbookData, tableSheet?: string): SheetClaims {
  const record = ownershipRecordOf(data.ownershipParts ?? []);
  const owned = new Map<SheetRole, OwnedSheet>();
  const changed: string[] = [];
  for (const s of record?.sheets ?? []) {
    const grid = data.sheets.find((g) => g.name === s.name);
    if (!grid || grid.name === tableSheet || grid.name === record?.results?.sheet) continue;
    if (gridDigest(grid) === s.sha256) owned.set(s.role, s);
    else changed.push(s.name);
  }
  return { ...(record ? { record } : {}), owned, changed };
}

/** Where this check writes a sheet: its name, and the earlier check's sheet it takes the place of. */
export interface PlacedSheet {
  readonly role: SheetRole;
  readonly name: string;
  readonly replaces?: string;
}

/**
 * The earlier check's sheet of `role` is replaced where the record vouches for it; the new one is named
 * `wanted`, or, where a sheet that stays (or one placed before it in this check) has that name, the first
 * free "wanted（2）" — the command line's rule (writer/managerSheets.ts claimSheet), so both hosts name alike.
 */
export function placeSheet(
  data: WorkbookData, claims: SheetClaims, role: SheetRole, wanted: string, placed: readonly PlacedSheet[] = [],
): PlacedSheet {
  const previous = claims.owned.get(role)?.name;
  const going = new Set([previous, ...placed.map((p) => p.replaces)].filter((n) => n !== undefined).map((n) => n.toLowerCase()));
  const staying = data.sheets.map((g) => g.name.toLowerCase()).filter((n) => !going.has(n));
  const taken = (name: string) => {
    const n = name.toLowerCase();
    return staying.includes(n) || placed.some((p) => p.name.toLowerCase() === n);
  };
  let name = wanted;
  for (let n = 2; taken(name); n++) name = `${wanted}（${n}）`;
  return { role, name, ...(previous !== undefined ? { replaces: previous } : {}) };
}

/**
 * The record a check leaves: the result cells it wrote (or the earlier record's, when it wrote none), the
 * sheets it wrote with the digests of what it wrote, and the earlier check's sheets it neither replaced
 * (`placed`) nor wrote over that are still as written (the command line's 审核信息 and 审核意见表), so that a later check in either host
 * replaces them and 清除审核结果 removes them.
 */
export function recordAfter(
  claims: SheetClaims, results: OwnedResults | undefined, written: readonly OwnedSheet[], placed: readonly PlacedSheet[],
): string {
  const kept = results ?? claims.record?.results;
  const gone = new Set(placed.map((p) => p.replaces));
  const sheets = ROLES.flatMap((role) => {
    const mine = written.find((s) => s.role === role);
    if (mine) return [mine];
    const earlier = claims.owned.get(role);
    return earlier && !gone.has(earlier.name) && !written.some((s) => s.name === earlier.name) ? [earlier] : [];
  });
  return recordXml({ ...(kept ? { results: kept } : {}), sheets });
}
