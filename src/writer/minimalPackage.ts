/**
 * The smallest spreadsheet package: content types, the package and workbook relationships, the workbook part
 * and its styles, with the worksheets given. The blank template and the batch's summary workbook (which gets
 * its sheets added afterwards) both start from it.
 */
import { escapeAttr } from "../workbook/xml";
import type { ZipWriteEntry } from "../workbook/zip";
import { XML_DECLARATION } from "./xmlScan";
import { CONTENT_TYPES_NS, CONTENT_TYPES_PART, CT_RELS, CT_SPREADSHEETML, MAIN_NS, PKG_REL_NS, REL_NS } from "../workbook/xlsx/ooxmlNames";

const CT = CT_SPREADSHEETML;

export interface MinimalSheetPart {
  readonly name: string;
  readonly hidden?: boolean;
  readonly xml: string;
}

export function minimalPackageEntries(sheets: readonly MinimalSheetPart[], stylesXml: string, view = "<workbookView/>"): ZipWriteEntry[] {
  const sheetPart = (i: number) => `worksheets/sheet${i + 1}.xml`;
  return [
    {
      name: CONTENT_TYPES_PART,
      data:
        XML_DECLARATION +
        `<Types xmlns="${CONTENT_TYPES_NS}">` +
        `<Default Extension="rels" ContentType="${CT_RELS}"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/${sheetPart(i)}" ContentType="${CT}.worksheet+xml"/>`).join("") +
        "</Types>",
    },
    {
      name: "_rels/.rels",
      data: `${XML_DECLARATION}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data:
        `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews>${view}</bookViews><sheets>` +
        sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("") +
        "</sheets></workbook>",
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `${XML_DECLARATION}<Relationships xmlns="${PKG_REL_NS}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${sheetPart(i)}"/>`).join("") +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: "xl/styles.xml", data: stylesXml },
    ...sheets.map((s, i) => ({ name: `xl/${sheetPart(i)}`, data: s.xml })),
  ];
}
