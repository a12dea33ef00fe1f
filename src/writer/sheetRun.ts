/**
 * The rows of one of our sheets written as bytes, a cell at a time, straight into the part (ByteRun): each
 * cell's markup written once, its text a shared-string index (or an inline string where there is no table),
 * and the digest of its value taken as it goes (output/cellDigest.ts). The markup is the one cellXmlAt writes.
 */
import { CellDigest } from "../output/cellDigest";
import { columnLetters } from "../output/cellRef";
import { centsOfNumber, writeCentsNumber } from "../output/centsDigits";
import { encodeOoxmlString, isPlainText } from "../workbook/xlsx/ooxmlText";
import { ByteRun, type BytesSink } from "../workbook/bytes/byteRun";
import type { SharedStringTable } from "./sharedStringsPart";

/** How many different texts a column remembers: past that it is a column of names, each asked of the table. */
const COLUMN_TEXTS = 8192;

/**
 * The shared-string index of a column's text, looked up first among the texts the column held before: a
 * column holds few different texts (a district, a clause, a verdict), and a lookup among them stays in the
 * processor's cache, where the workbook's table (the input's entries and all of ours, some 200,000 at
 * 100,000 rows) is a miss in memory for each of a million cells. Shared by every writer of our cells.
 */
export class ColumnStrings {
  /** What each column last held and its index: a column of 100,000 rows often holds one text over and over. */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastIndex: number[] = [];
  /** Each column's own texts and their indexes, up to COLUMN_TEXTS of them. */
  private readonly columnTexts: Map<string, number>[] = [];

  constructor(private readonly strings: SharedStringTable) {}

  indexOf(col: number, text: string): number {
    if (this.lastText[col] === text) return this.lastIndex[col]!;
    const known = (this.columnTexts[col] ??= new Map());
    let index = known.get(text);
    if (index === undefined) {
      index = this.strings.indexOf(text);
      if (known.size < COLUMN_TEXTS) known.set(text, index);
    }
    this.lastText[col] = text;
    this.lastIndex[col] = index;
    return index;
  }
}

/**
 * A text cell's type, value and end, written after its `<c r="…"` and style: a shared-string index where
 * the sheet has a table, else an inline string. Shared by every writer of our sheets' rows.
 */
export class TextValues {
  private readonly columns?: ColumnStrings;

  constructor(strings?: SharedStringTable) {
    if (strings) this.columns = new ColumnStrings(strings);
  }

  write(out: ByteRun, col: number, text: string): void {
    if (this.columns) {
      const index = this.columns.indexOf(col, text);
      out.ascii(' t="s"><v>');
      out.number(index);
      out.ascii("</v></c>");
    } else if (isPlainText(text)) {
      out.ascii(' t="inlineStr"><is><t>');
      out.text(text);
      out.ascii("</t></is></c>");
    } else {
      out.ascii(/^\s|\s$|\n/.test(text) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
      out.text(encodeOoxmlString(text));
      out.ascii("</t></is></c>");
    }
  }
}

export class SheetRun {
  readonly out: ByteRun;
  private readonly digest = new CellDigest();
  /** Each column's letters, made once: written by the run's loop (a typed array's set for each cell cost more). */
  private readonly letters: string[] = [];
  private readonly texts: TextValues;
  private row = 0;
  private open = false;
  private height: number | undefined;

  constructor(sink: BytesSink, strings?: SharedStringTable) {
    this.out = new ByteRun(sink);
    this.texts = new TextValues(strings);
  }

  /** Starts row `row` (1-based), `height` in points if it has one; its tag is written with its first cell. */
  startRow(row: number, height?: number): void {
    this.row = row;
    this.open = false;
    this.height = height;
  }

  /** Ends the row: a row without cells is written only when it has a height. */
  endRow(): void {
    if (!this.open) {
      if (this.height === undefined) return;
      this.openRow();
    }
    this.out.ascii("</row>");
  }

  number(col: number, value: number, style?: number): void {
    if (!Number.isFinite(value)) throw new Error(`cell ${columnLetters(col)}${this.row}: not a finite number`);
    this.cellStart(col, style);
    this.out.ascii("><v>");
    // An amount (a money column's figures) is written from its 分: the same text as String(value), not made.
    const cents = centsOfNumber(value);
    if (cents === undefined) this.out.number(value);
    else writeCentsNumber(this.out, cents);
    this.out.ascii("</v></c>");
    if (cents === undefined) this.digest.number(col, this.row, value);
    else this.digest.cents(col, this.row, cents);
  }

  text(col: number, text: string, style?: number): void {
    this.cellStart(col, style);
    this.texts.write(this.out, col, text);
    this.digest.text(col, this.row, text);
  }

  /** A cell with a style and no value (a ruled form's blank cells). */
  blank(col: number, style?: number): void {
    this.cellStart(col, style);
    this.out.ascii("/>");
  }

  /** The digest of every cell written (ownership.ts): the one sheetDigest gives reading the part back. */
  digestHex(): string {
    return this.digest.hex();
  }

  end(): void {
    this.out.flush();
  }

  private openRow(): void {
    this.open = true;
    this.out.ascii('<row r="');
    this.out.number(this.row);
    if (this.height !== undefined) {
      this.out.ascii('" ht="');
      this.out.ascii(String(this.height));
      this.out.ascii('" customHeight="1');
    }
    this.out.ascii('">');
  }

  /** `<c r="A1"` and the style: the rest of the cell follows. */
  private cellStart(col: number, style: number | undefined): void {
    if (!this.open) this.openRow();
    const letters = (this.letters[col] ??= columnLetters(col));
    this.out.ascii('<c r="');
    this.out.ascii(letters);
    this.out.number(this.row);
    if (style === undefined) this.out.ascii('"');
    else {
      this.out.ascii('" s="');
      this.out.number(style);
      this.out.ascii('"');
    }
  }
}
