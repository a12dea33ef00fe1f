/**
 * What exactly the reader found in a file it will not read: a code with its parameters (sheet and part names
 * are the user's, quoted). UNREADABLE_FILE carries it; catalog/readDetail.ts puts it into words per language.
 */

/** How the XML of a part is not well-formed: the one grammar's (workbook/xml/scanner.ts) refusals. */
export type XmlProblem =
  | { readonly problem: "unclosed-element" }
  | { readonly problem: "no-root" }
  | { readonly problem: "text-outside-root" }
  | { readonly problem: "cdata-unterminated" }
  | { readonly problem: "cdata-outside-root" }
  | { readonly problem: "more-than-one-root" }
  | { readonly problem: "bad-tag-name" }
  | { readonly problem: "unterminated-tag" }
  | { readonly problem: "bad-attribute" }
  | { readonly problem: "attribute-unquoted" }
  | { readonly problem: "attribute-unterminated" }
  | { readonly problem: "end-tag-unterminated" }
  | { readonly problem: "bad-end-tag" }
  /** `found` and `expected`: the two names as written (at most 40 characters each). */
  | { readonly problem: "end-tag-mismatch"; readonly found: string; readonly expected: string }
  | { readonly problem: "stray-end-tag" }
  | { readonly problem: "attribute-repeated"; readonly name: string }
  | { readonly problem: "too-many-attributes" }
  | { readonly problem: "bare-ampersand" }
  | { readonly problem: "lt-in-attribute" }
  /** `char`: the character's code point. */
  | { readonly problem: "control-character"; readonly char: number }
  | { readonly problem: "unterminated-markup" };

export type ReadDetail =
  | { readonly d: "row-beyond-grid"; readonly sheet: string; readonly found: string; readonly maxRows: number }
  | { readonly d: "column-beyond-grid"; readonly sheet: string; readonly found: string; readonly lastColumn: string; readonly maxCols: number }
  | { readonly d: "bad-cell-address"; readonly sheet: string; readonly found: string }
  | { readonly d: "cell-out-of-order"; readonly sheet: string; readonly cell: string }
  | { readonly d: "too-many-cells"; readonly maxCells: number }
  | { readonly d: "bad-row-number"; readonly sheet: string; readonly found: string }
  | { readonly d: "row-out-of-order"; readonly sheet: string; readonly row: number }
  | { readonly d: "too-many-merges"; readonly sheet: string; readonly max: number }
  | { readonly d: "too-many-sheet-rows"; readonly sheet: string; readonly row: number; readonly maxSheetRows: number; readonly maxTableRows: number }
  | { readonly d: "merges-too-large"; readonly sheet: string; readonly maxCells: number }
  | { readonly d: "too-many-styles"; readonly part: string; readonly style: string; readonly max: number }
  | { readonly d: "relationship-incomplete"; readonly part: string }
  | { readonly d: "no-such-sheet"; readonly sheet: string }
  | { readonly d: "sheet-content-missing"; readonly sheet: string }
  | { readonly d: "no-workbook-part" }
  /** No visible sheet holds the application table, but this hidden one does (it is not checked). */
  | { readonly d: "table-on-hidden-sheet"; readonly sheet: string }
  // The zip archive
  | { readonly d: "input-too-large"; readonly bytes: number; readonly max: number }
  | { readonly d: "no-end-record" }
  | { readonly d: "zip64" }
  | { readonly d: "split-zip" }
  | { readonly d: "too-many-entries"; readonly count: number; readonly max: number }
  | { readonly d: "directory-past-end" }
  | { readonly d: "directory-entry-damaged"; readonly index: number }
  | { readonly d: "entry-encrypted"; readonly entry: string }
  | { readonly d: "compression-method"; readonly entry: string; readonly method: number }
  | { readonly d: "duplicate-entry"; readonly entry: string }
  | { readonly d: "unsafe-entry-name"; readonly entry: string }
  | { readonly d: "entry-inflates-past"; readonly entry: string; readonly max: number }
  | { readonly d: "entry-ratio"; readonly entry: string; readonly compressed: number; readonly ratio: number }
  | { readonly d: "entry-past-recorded"; readonly entry: string; readonly recorded: number }
  | { readonly d: "total-inflated"; readonly max: number }
  | { readonly d: "entry-sizes-disagree"; readonly entry: string }
  | { readonly d: "entry-past-end"; readonly entry: string }
  | { readonly d: "entries-overlap" }
  | { readonly d: "local-header-missing"; readonly entry: string }
  | { readonly d: "part-missing"; readonly part: string }
  | { readonly d: "entry-cannot-inflate"; readonly entry: string }
  | { readonly d: "entry-checksum"; readonly entry: string }
  | { readonly d: "part-text-too-long"; readonly part: string }
  // The XML of a part: where it breaks (`at`: offset in the part) and what is wrong there
  | { readonly d: "xml"; readonly part: string; readonly at: number; readonly problem: XmlProblem }
  | { readonly d: "declaration"; readonly part: string; readonly declared: string }
  | { readonly d: "entity-unterminated"; readonly part: string }
  | { readonly d: "entity-unknown"; readonly part: string; readonly ref: string }
  // The table, once found
  | { readonly d: "too-many-table-rows"; readonly rows: number; readonly max: number }
  // The file itself, before it is read
  | { readonly d: "is-directory" }
  | { readonly d: "not-regular-file" }
  | { readonly d: "no-such-file" }
  | { readonly d: "permission-denied" }
  /** Anything else reading threw (a bug): its own message, quoted as found. */
  | { readonly d: "unexpected"; readonly message: string };
