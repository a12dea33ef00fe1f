/**
 * One workbook for a whole batch (`lygip check … --summary FILE.xlsx`): 汇总, 审核明细 and 审核信息 across
 * every file, written by the same code as the annotated copy's sheets, into a package that starts empty.
 * It carries the product's ownership record, so a later run may replace it and never a file the user made.
 */
import type { ManagerOutput } from "../../output/types";
import { MemorySink, readZip, writeZip } from "../zip";
import { writeManagerSheets } from "./managerSheets";
import { ensureAnnotationStyles, minimalStyles } from "./stylesPart";
import { OwnershipLedger, contentsDigest } from "./ownership";
import { Package } from "./writeXlsx";
import { XML_DECLARATION } from "./xmlScan";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The smallest package a spreadsheet opens once sheets are added: workbook, styles, their relationships. */
function emptyPackage(): Uint8Array {
  return writeZip([
    {
      name: "[Content_Types].xml",
      data:
        XML_DECLARATION +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        "</Types>",
    },
    {
      name: "_rels/.rels",
      data: `${XML_DECLARATION}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `${XML_DECLARATION}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: "xl/styles.xml", data: minimalStyles() },
  ]);
}

export function summaryWorkbookXlsx(managers: ManagerOutput): Uint8Array {
  const pkg = new Package(readZip(emptyPackage()));
  const wbPart = pkg.workbookPart();
  const { xml, styles } = ensureAnnotationStyles(pkg.text("xl/styles.xml"));
  pkg.set("xl/styles.xml", xml);
  const ledger = new OwnershipLedger(pkg, wbPart, () => undefined);
  writeManagerSheets(pkg, wbPart, managers, styles, ledger);
  ledger.write(undefined, (record) => contentsDigest(pkg.entrySums(), record));
  const sink = new MemorySink();
  pkg.writeTo(sink);
  return sink.bytes();
}
