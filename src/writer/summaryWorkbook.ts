/**
 * One workbook for a whole batch (`lygip check … --summary FILE.xlsx`): 汇总, 审核明细 and 审核信息 across
 * every file, written by the same code as the annotated copy's sheets, into a package that starts empty.
 * It carries the product's ownership record, so a later run may replace it and never a file the user made.
 */
import type { ManagerOutput } from "../output/types";
import { MemorySink, openPackage, writeZip } from "../workbook/zip";
import { writeManagerSheets } from "./managerSheets";
import { minimalPackageEntries } from "./minimalPackage";
import { ensureAnnotationStyles, minimalStyles } from "./stylesPart";
import { OwnershipLedger, contentsDigest } from "./ownership";
import { Package } from "./writeXlsx";
import { SharedStringTable } from "./sharedStringsPart";


/** The smallest package a spreadsheet opens, its sheets added afterwards. */
function emptyPackage(): Uint8Array {
  return writeZip(minimalPackageEntries([], minimalStyles()));
}

export function summaryWorkbookXlsx(managers: ManagerOutput): Uint8Array {
  const pkg = new Package(openPackage(emptyPackage()));
  const wbPart = pkg.workbookPart();
  const { xml, styles } = ensureAnnotationStyles(pkg.text("xl/styles.xml"));
  pkg.set("xl/styles.xml", xml);
  const ledger = new OwnershipLedger(pkg, wbPart, () => undefined);
  const strings = new SharedStringTable();
  writeManagerSheets(pkg, wbPart, managers, styles, ledger, strings);
  strings.writeTo(pkg, wbPart);
  ledger.write(undefined, (record) => contentsDigest(pkg.entrySums(), record));
  const sink = new MemorySink();
  pkg.writeTo(sink);
  return sink.bytes();
}
