/**
 * Whatever bytes arrive, the reader ends quickly with a grid or a ReadError: never another exception, never a
 * hang. Mutations hit the zip layer (raw bytes) and the XML layer (parts re-zipped with valid checksums).
 */
import fc from "fast-check";
import { ReadError } from "../../../src/workbook/readError";
import { openWorkbook } from "../../../src/workbook/xlsx";
import { XmlScanner, END } from "../../../src/workbook/xml";
import { readZip, writeZip, type ZipWriteEntry } from "../../../src/workbook/zip";
import { isSafeEntryName } from "../../../src/workbook/zip/readZip";
import { minimalEntries } from "../../hostile/minimalXlsx";
import { richWorkbook } from "./exceljsFixtures";
import { sampled } from "../../support/sampled";

/** Opens and reads every sheet and table; returns normally or with a ReadError only. */
function readEverything(bytes: Uint8Array): void {
  try {
    const wb = openWorkbook(bytes);
    for (const s of wb.sheets) {
      try {
        wb.tables(s.name);
        wb.readSheet(s.name);
      } catch (e) {
        if (!(e instanceof ReadError)) throw e;
      }
    }
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
  }
}

const SHEET_XML =
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45809</v></c><c r="C1" t="inlineStr"><is><r><t>连</t></r><rPh><t>x</t></rPh></is></c></row>` +
  `<row r="2"><c r="A2" t="str"><f>A1</f><v>甲&amp;乙</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c></row></sheetData>` +
  `<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells></worksheet>`;

describe("reader properties", () => {
  let rich: Uint8Array;
  beforeAll(async () => {
    rich = await richWorkbook();
  });

  it("random bytes: only ReadError", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => readEverything(bytes)), sampled(300));
  });

  it("random bytes that start like a zip: only ReadError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (tail) => readEverything(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]))),
      sampled(300),
    );
  });

  it("byte mutations of a valid workbook: only ReadError", () => {
    const mutation = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(mutation, (changes) => {
        const bytes = rich.slice();
        for (const [at, value] of changes) bytes[at % bytes.length] = value;
        readEverything(bytes);
      }),
      sampled(400),
    );
  });

  it("a valid workbook cut anywhere: only ReadError", () => {
    fc.assert(fc.property(fc.nat(), (n) => readEverything(rich.subarray(0, n % rich.length))), { numRuns: 200 });
  });

  it("mutations inside the XML of the sheet, re-zipped with valid checksums: only ReadError", () => {
    const alphabet = fc.constantFrom(..."<>/=\"'&;#x![]-?: \n\tabcrtsvf0129AZ连_".split(""));
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.string({ unit: alphabet, maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let xml = SHEET_XML;
        for (const [at, del, insert] of edits) {
          const p = at % (xml.length + 1);
          xml = xml.slice(0, p) + insert + xml.slice(p + del);
        }
        const entries = minimalEntries({ sheets: [{ name: "表", xml }], sharedStrings: ["甲"] }) as ZipWriteEntry[];
        readEverything(writeZip(entries));
      }),
      sampled(400),
    );
  });

  it("the scanner on arbitrary text: only ReadError", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        try {
          const s = new XmlScanner(text, "p");
          for (let ev = s.next(); ev !== END; ev = s.next()) {
            s.attr("r");
            s.text();
          }
        } catch (e) {
          if (!(e instanceof ReadError)) throw e;
        }
      }),
      sampled(500),
    );
  });

  it("writeZip then readZip gives back every entry's content, for any names and contents", () => {
    const entry = fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }).filter(isSafeEntryName), data: fc.uint8Array({ maxLength: 500 }), store: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 8 }), (entries) => {
        const archive = readZip(writeZip(entries));
        expect(archive.entries.map((e) => e.name)).toEqual(entries.map((e) => e.name));
        for (const e of entries) expect(Buffer.from(archive.read(e.name)).equals(Buffer.from(e.data))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
