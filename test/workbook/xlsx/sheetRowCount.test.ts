/**
 * The row count ahead of the reader (sheetRowCount.ts) against the reader itself (sheet.ts): on any sheet the
 * reader takes, the count is never above the reader's rows (so a file within the limits is never refused by
 * it), it is exactly the reader's on sheets written plainly, and where it says "over" the reader refuses the
 * same row for the same limit.
 */
import fc from "fast-check";
import { LIMITS, type Limits } from "../../../src/workbook/limits";
import { ReadError } from "../../../src/workbook/readError";
import { parseSheet } from "../../../src/workbook/xlsx/sheet";
import { cannotPass, countRowsAhead, MIN_NEW_ROW_BYTES, MIN_VALUED_ROW_BYTES, SheetRowCounter } from "../../../src/workbook/xlsx/sheetRowCount";
import { detailOf } from "../../support/readErrorOf";
import { sampled } from "../../support/sampled";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const enc = new TextEncoder();

/** The reader's rows with a value, or its refusal. */
function readerRows(xml: Uint8Array, limits: Limits = LIMITS): number | ReadError {
  try {
    const grid = parseSheet(xml, { name: "S", part: "sheet.xml", sharedStrings: ["a", "b"], dateStyles: [], date1904: false, limits });
    return grid.rows.size;
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
}

/** The count over the bytes given in pieces cut at `cuts`. */
function count(xml: Uint8Array, cuts: readonly number[], maxRows = 1_000_000) {
  const counter = new SheetRowCounter(maxRows, LIMITS.maxRows);
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b).concat(xml.length)) {
    if (cut > from) counter.feed(xml.subarray(from, cut));
    from = Math.max(from, cut);
  }
  counter.end();
  return counter.result;
}

/** What may stand in a cell: the reader's grammar and what it passes over. */
const cellBody = fc.constantFrom(
  "<v>1</v>", "<v>12.5</v>", "<v></v>", "<v/>", "<v> </v>", "<v>&#32;</v>", "<v>&amp;</v>", "<v>x</v>", "<v><![CDATA[7]]></v>",
  "<f>A1</f>", "<f/>", "<f>A1</f><v>3</v>", "<is><t>甲</t></is>", "<is/>", "<is><t></t></is>",
  "<extLst><ext><v>37</v></ext></extLst>", "<x:v>1</x:v>", `<v xmlns="urn:other">1</v>`, "<v><b>1</b></v>",
  "<!-- <v>1</v> --><v>2</v>", "<?pi <v>1</v>?>", "<v>\u3000</v>", "<v>1<!--c-->2</v>", "",
);
const cellType = fc.constantFrom("", ` t="s"`, ` t="n"`, ` t="str"`, ` t="inlineStr"`, ` t="b"`, ` t="e"`, ` t="d"`, ` t="zz"`, ` x:t="inlineStr"`);
const cellRef = fc.oneof(
  fc.constant(""),
  fc.record({ col: fc.constantFrom("A", "B", "c", "$D"), row: fc.integer({ min: 1, max: 30 }) }).map(({ col, row }) => ` r="${col}${row}"`),
);

interface CellSpec { ref: string; type: string; body: string; selfClosing: boolean }
interface RowSpec { r: string; cells: CellSpec[]; wrap: boolean; selfClosing: boolean }

const cellSpec = fc.record({ ref: cellRef, type: cellType, body: cellBody, selfClosing: fc.boolean() });
const rowSpec = fc.record({
  r: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 30 }).map((n) => ` r="${n}"`), fc.constant(` r=" 4 "`)),
  cells: fc.array(cellSpec, { maxLength: 4 }),
  wrap: fc.boolean(),
  selfClosing: fc.boolean(),
});

function cellXml(c: CellSpec, p: string): string {
  const body = c.body.replace(/<(\/?)(v|f|is|t)([ >/])/g, `<$1${p}$2$3`);
  return c.selfClosing ? `<${p}c${c.ref}${c.type}/>` : `<${p}c${c.ref}${c.type}>${body}</${p}c>`;
}

function rowXml(r: RowSpec, p: string): string {
  if (r.selfClosing) return `<${p}row${r.r}/>`;
  const row = `<${p}row${r.r}>${r.cells.map((c) => cellXml(c, p)).join("")}</${p}row>`;
  // A row that is not sheetData's direct child is no row.
  return r.wrap ? `<mc:AlternateContent xmlns:mc="urn:mc"><mc:Choice>${row}</mc:Choice></mc:AlternateContent>` : row;
}

function sheetXml(rows: RowSpec[], prefix: string, extLstRows: RowSpec[]): Uint8Array {
  const p = prefix === "" ? "" : `${prefix}:`;
  const ns = prefix === "" ? `xmlns="${NS}"` : `xmlns:${prefix}="${NS}"`;
  const ext = extLstRows.length === 0 ? "" : `<${p}extLst><${p}ext><${p}sheetData>${extLstRows.map((r) => rowXml(r, p)).join("")}</${p}sheetData></${p}ext></${p}extLst>`;
  return enc.encode(`<?xml version="1.0"?>\n<${p}worksheet ${ns} xmlns:x="urn:x"><${p}sheetData>${rows.map((r) => rowXml(r, p)).join("")}</${p}sheetData>${ext}</${p}worksheet>`);
}

const sheets = fc.record({
  rows: fc.array(rowSpec, { maxLength: 12 }),
  prefix: fc.constantFrom("", "s"),
  ext: fc.array(rowSpec, { maxLength: 2 }),
  cuts: fc.array(fc.nat(4000), { maxLength: 6 }),
});

describe("the row count ahead of the reader", () => {
  it("is never above the reader's rows with values, however the bytes are cut into pieces", () => {
    fc.assert(fc.property(sheets, ({ rows, prefix, ext, cuts }) => {
      const xml = sheetXml(rows, prefix, ext);
      const reader = readerRows(xml);
      const counted = count(xml, cuts);
      if (reader instanceof ReadError) return; // refused by the reader anyway
      if (counted.kind === "counted") expect(counted.rows).toBeLessThanOrEqual(reader);
      expect(counted.kind).not.toBe("over");
    }), sampled(600));
  });

  it("is exactly the reader's on sheets written plainly (values, formulas and inline strings; rows and cells with or without r=)", () => {
    const plainCell = fc.record({
      ref: cellRef, type: fc.constantFrom("", ` t="s"`, ` t="inlineStr"`, ` t="str"`),
      body: fc.constantFrom("<v>1</v>", "<v>0</v>", "<f>A1</f>", "<is><t>甲</t></is>"), selfClosing: fc.constant(false),
    }).filter((c) => !(c.body.startsWith("<is>") && c.type !== ` t="inlineStr"`) && !(c.type === ` t="inlineStr"` && !c.body.startsWith("<is>")));
    const plainRow = fc.record({
      r: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 30 }).map((n) => ` r="${n}"`)),
      cells: fc.array(plainCell, { maxLength: 4 }), wrap: fc.constant(false), selfClosing: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(plainRow, { maxLength: 12 }), fc.constantFrom("", "s"), fc.array(fc.nat(2000), { maxLength: 6 }), (rows, prefix, cuts) => {
      const xml = sheetXml(rows, prefix, []);
      const reader = readerRows(xml);
      if (reader instanceof ReadError) return;
      expect(count(xml, cuts)).toEqual({ kind: "counted", rows: reader });
      // And past a limit below that, the reader's refusal names the row the count stopped at.
      for (let maxSheetRows = 0; maxSheetRows < reader; maxSheetRows++) {
        const counted = count(xml, cuts, maxSheetRows);
        expect(counted.kind).toBe("over");
        const refused = readerRows(xml, { ...LIMITS, maxSheetRows }) as ReadError;
        expect(detailOf(refused)).toContain(`到第 ${(counted as { row: number }).row} 行已有超过 ${maxSheetRows} 行内容`);
      }
    }), sampled(600));
  });

  it("says over only where the reader, given the same limit, refuses the sheet too", () => {
    fc.assert(fc.property(sheets, fc.integer({ min: 0, max: 6 }), ({ rows, prefix, ext, cuts }, maxSheetRows) => {
      const xml = sheetXml(rows, prefix, ext);
      const counted = count(xml, cuts, maxSheetRows);
      if (counted.kind !== "over") return;
      const reader = readerRows(xml, { ...LIMITS, maxSheetRows });
      expect(reader).toBeInstanceOf(ReadError);
      // Past the limit, or refused for its XML before it got there.
      expect(["limits", "bad-xml"]).toContain((reader as ReadError).reason);
    }), sampled(600));
  });

  it("is not run on a part too small to pass the limit: its bytes go to the reader untouched", () => {
    const source = () => undefined;
    expect(countRowsAhead(source, (LIMITS.maxSheetRows + 1) * MIN_VALUED_ROW_BYTES - 1, "S", LIMITS)).toBe(source);
  });

  it("refuses a part past the limit with the reader's own words, and gives every byte of one within it to the reader", () => {
    const limits: Limits = { ...LIMITS, maxSheetRows: 3 };
    const rowsXml = (n: number) => {
      let out = "";
      for (let r = 1; r <= n; r++) out += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
      return enc.encode(`<worksheet xmlns="${NS}"><sheetData>${out}</sheetData></worksheet>`);
    };
    const pieces = (bytes: Uint8Array) => {
      const list = [bytes.subarray(0, 10), bytes.subarray(10, 55), bytes.subarray(55)];
      return () => list.shift();
    };
    const over = rowsXml(4);
    let refused: unknown;
    try {
      countRowsAhead(pieces(over), 1e9, "S", limits);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(ReadError);
    expect(detailOf(refused as ReadError)).toBe("工作表「S」到第 4 行已有超过 3 行内容，超过申报表的上限（150,000 行数据）；请分成几个文件一起审核");

    const within = rowsXml(3);
    const given = countRowsAhead(pieces(within), 1e9, "S", limits);
    const out: number[] = [];
    for (let p = given(); p !== undefined; p = given()) out.push(...p);
    expect(Uint8Array.from(out)).toEqual(within);
  });

  it("knows when the bytes still to come are too few to pass the limit, a new row taking at least a cell naming it", () => {
    const limits: Limits = { ...LIMITS, maxSheetRows: 10 };
    expect(enc.encode(`<c r="A1"><f/></c>`).length).toBe(MIN_NEW_ROW_BYTES);
    expect(cannotPass(7, 3 * MIN_NEW_ROW_BYTES, limits)).toBe(true);
    expect(cannotPass(7, 3 * MIN_NEW_ROW_BYTES + 1, limits)).toBe(false);
    expect(cannotPass(11, 0, limits)).toBe(false);
    // More bytes given than the part declared: nothing more is to come.
    expect(cannotPass(10, -5, limits)).toBe(true);
  });

  it("stops counting once the rest of the part cannot pass the limit, and still gives every byte to the reader", () => {
    const limits: Limits = { ...LIMITS, maxSheetRows: 40 };
    let rows = "";
    for (let r = 1; r <= 30; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const xml = enc.encode(`<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`);
    const list: Uint8Array[] = [];
    for (let at = 0; at < xml.length; at += 64) list.push(xml.subarray(at, at + 64));
    let pulled = 0;
    const source = () => {
      const piece = list[pulled];
      if (piece !== undefined) pulled++;
      return piece;
    };
    const given = countRowsAhead(source, xml.length, "S", limits);
    // 40 rows at 18 bytes each cannot fit once fewer than (40 - rows counted) × 18 bytes are left: well
    // before the last piece.
    const pulledAhead = pulled;
    expect(pulledAhead).toBeGreaterThan(0);
    expect(pulledAhead).toBeLessThan(list.length - 4);
    const out: number[] = [];
    for (let p = given(); p !== undefined; p = given()) out.push(...p);
    expect(Uint8Array.from(out)).toEqual(xml);
    expect(readerRows(xml, limits)).toBe(30);
  });
});
