/**
 * Issue 19 point 11: removing the product's own conditional formats is linear in the sheet. The work is
 * counted, not timed: the scanner's steps and the characters every string slice or replace gives back while
 * the marks are removed. Twice the formats is twice the work; a version that copies the sheet (or scans it
 * again) once per format grows with the square and fails here.
 */
import { removeOurMarks } from "../../src/writer/conditionalFormats";
import { XmlScanner } from "../../src/workbook/xml/scanner";

/** A sheet of `n` rows with, per row, one of lygip's formats over its result column; every 1,000th also the applicant's own. */
function sheetWithMarks(n: number): { xml: string; kept: string } {
  const ours = (i: number) =>
    `<conditionalFormatting sqref="R${i + 2}:T${i + 2}"><cfRule type="expression" dxfId="5" priority="${i + 1}">` +
    `<formula>"lygip:${i % 2 ? "warning" : "error"}"="lygip:${i % 2 ? "warning" : "error"}"</formula></cfRule></conditionalFormatting>`;
  const theirs = (i: number) =>
    `<conditionalFormatting sqref="B${i + 2}"><cfRule type="expression" dxfId="0" priority="${n + i + 1}"><formula>B${i + 2}&gt;0</formula></cfRule></conditionalFormatting>`;
  const rows: string[] = [];
  const marks: string[] = [];
  const kept: string[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(`<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`);
    if (i % 1000 === 0) {
      marks.push(theirs(i));
      kept.push(theirs(i));
    }
    marks.push(ours(i));
  }
  const head = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData>`;
  return { xml: `${head}${marks.join("")}</worksheet>`, kept: `${head}${kept.join("")}</worksheet>` };
}

interface Work {
  readonly steps: number;
  readonly characters: number;
}

/** The work removeOurMarks does on `xml`, and that its result is `expected`. */
function workOf(xml: string, expected: string): Work {
  let steps = 0;
  let characters = 0;
  // Wrapped by hand rather than with jest.spyOn, which would record every one of a million calls.
  const scanner = XmlScanner.prototype as { next: () => number };
  const strings = String.prototype as unknown as Record<"slice" | "substring" | "replace", (...args: unknown[]) => string>;
  const next = scanner.next;
  const originals = { slice: strings.slice, substring: strings.substring, replace: strings.replace };
  scanner.next = function (this: XmlScanner) {
    steps++;
    return next.call(this);
  };
  for (const name of ["slice", "substring", "replace"] as const) {
    const original = originals[name];
    strings[name] = function (this: string, ...args: unknown[]) {
      const out = original.apply(this, args);
      characters += out.length;
      return out;
    };
  }
  let out: string;
  try {
    out = removeOurMarks(xml, "xl/worksheets/sheet1.xml");
  } finally {
    scanner.next = next;
    Object.assign(strings, originals);
  }
  expect(out).toBe(expected);
  return { steps, characters };
}

describe("removing lygip's own conditional formats", () => {
  it("10,000 formats over the result columns cost half the work of 20,000: scanner steps and characters copied grow linearly", () => {
    const small = sheetWithMarks(10_000);
    const large = sheetWithMarks(20_000);
    const a = workOf(small.xml, small.kept);
    const b = workOf(large.xml, large.kept);
    expect(b.steps / a.steps).toBeGreaterThan(1.8);
    expect(b.steps / a.steps).toBeLessThan(2.2);
    expect(b.characters / a.characters).toBeGreaterThan(1.8);
    expect(b.characters / a.characters).toBeLessThan(2.2);
    // And the work is a few passes over the sheet, not one per format.
    expect(a.characters).toBeLessThan(small.xml.length * 8);
  });
});
