/**
 * A strict fake of the part of Office.js the adapter uses. Like the real thing, every call only queues a
 * command; `context.sync()` runs the queue in order. Reading a property that was not loaded and synced
 * throws, as does any write Excel would refuse (a sheet name taken, a note on a cell that has one, a values
 * array of the wrong shape, a request over 5 MB). Writes behave as Excel's do: a string starting with "="
 * becomes a formula, one that looks like a number becomes a number, unless it starts with an apostrophe.
 */
import {
  a1, intersects, key, newSheet, parseAreas, quoted, rectAddress, type FakeCell, type FakeConditionalFormat,
  type FakeNote, type FakeSheet, type FakeWorkbook, type Rect,
} from "./model";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

type Op = { bytes: number; run: () => void };

export class FakeContext {
  readonly workbook: FakeWorkbookApi;
  readonly application = {
    suspendApiCalculationUntilNextSync: () => {
      this.queue("suspendApiCalculationUntilNextSync", [], () => { this.suspensions += 1; });
    },
  };
  syncs = 0;
  suspensions = 0;
  largestRequest = 0;
  private ops: Op[] = [];

  constructor(readonly model: FakeWorkbook, readonly notesSupported = true) {
    this.workbook = new FakeWorkbookApi(this);
  }

  queue(name: string, args: unknown[], run: () => void): void {
    this.ops.push({ bytes: utf8(JSON.stringify([name, args])) + 100, run });
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    const bytes = ops.reduce((n, op) => n + op.bytes, 0);
    this.syncs += 1;
    this.largestRequest = Math.max(this.largestRequest, bytes);
    if (bytes > REQUEST_LIMIT_BYTES) throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes`);
    for (const op of ops) op.run();
  }

  sheet(name: string): FakeSheet {
    const s = this.model.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
    return s;
  }
}

function utf8(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** A proxy object: properties exist only once loaded and synced. */
abstract class Client {
  private loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  /** The property's current value in the model; navigation properties return a Client. */
  protected abstract resolve(prop: string): unknown;

  load(spec?: string | string[]): this {
    const paths = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.queue("load", paths, () => this.loadNow(paths));
    return this;
  }

  /** Objects that can be null objects say so after any load (Office.js sets isNullObject on every sync). */
  protected nullState(): boolean | undefined {
    return undefined;
  }

  loadNow(paths: string[]): void {
    const isNull = this.nullState();
    if (isNull !== undefined) {
      this.loaded.set("isNullObject", isNull);
      if (isNull) return;
    }
    const groups = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (!groups.has(head)) groups.set(head, []);
      if (rest.length > 0) groups.get(head)!.push(rest.join("/"));
    }
    for (const [head, rest] of groups) {
      const value = this.resolve(head);
      if (head === "items") {
        const items = value as Client[];
        for (const item of items) item.loadNow(rest);
        this.loaded.set(head, items);
      } else if (value instanceof Client) {
        value.loadNow(rest);
        this.loaded.set(head, value);
      } else {
        if (rest.length > 0) throw new Error(`InvalidArgument: ${head} has no properties to load`);
        this.loaded.set(head, value);
      }
    }
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new Error(`PropertyNotLoaded: ${this.constructor.name}.${prop} was read before load() and sync()`);
    }
    return this.loaded.get(prop) as T;
  }
}

class FakeWorkbookApi extends Client {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  private readonly _notes: FakeNotes;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
    this._notes = new FakeNotes(ctx, null);
  }
  get notes(): FakeNotes {
    if (!this.ctx.notesSupported) throw new Error("ApiNotFound: workbook.notes needs ExcelApi 1.18");
    return this._notes;
  }
  protected resolve(prop: string): unknown {
    throw new Error(`InvalidArgument: workbook.${prop} is not in the fake`);
  }
}

class FakeWorksheets extends Client {
  get items(): FakeWorksheet[] { return this.read("items"); }
  protected resolve(prop: string): unknown {
    if (prop === "items") return this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => s.name));
    throw new Error(`InvalidArgument: worksheets.${prop}`);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.sheet(name).name);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.active);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue("worksheets.add", [name], () => {
      if (this.ctx.model.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: worksheet ${name}`);
      this.ctx.model.sheets.push(newSheet(name));
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.sheet(name).name);
  }
}

class FakeWorksheet extends Client {
  constructor(ctx: FakeContext, private readonly nameOf: () => string) {
    super(ctx);
  }
  get name(): string { return this.read("name"); }
  protected resolve(prop: string): unknown {
    if (prop === "name") return this.nameOf();
    throw new Error(`InvalidArgument: worksheet.${prop}`);
  }
  private model(): FakeSheet { return this.ctx.sheet(this.nameOf()); }
  get notes(): FakeNotes {
    if (!this.ctx.notesSupported) throw new Error("ApiNotFound: worksheet.notes needs ExcelApi 1.18");
    return new FakeNotes(this.ctx, () => this.nameOf());
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => this.model(), () => {
      if (address === undefined) return { top: 1, left: 0, bottom: 1048576, right: 16383 };
      const areas = parseAreas(address);
      if (areas.length !== 1) throw new Error(`InvalidArgument: getRange takes one area, got ${address}`);
      return areas[0];
    });
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => this.model(), () => parseAreas(address));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("The adapter should ask for the used range of values only");
    return new FakeRange(this.ctx, () => this.model(), () => usedRect(this.model()));
  }
  delete(): void {
    this.ctx.queue("worksheet.delete", [], () => {
      const name = this.nameOf();
      const m = this.ctx.model;
      if (m.sheets.length === 1) throw new Error("InvalidOperation: cannot delete the only worksheet");
      m.sheets = m.sheets.filter((s) => s.name !== name);
      m.notes = m.notes.filter((n) => n.sheet !== name);
      if (m.active === name) m.active = m.sheets[0].name;
    });
  }
  set visibility(v: string) {
    this.ctx.queue("worksheet.visibility", [v], () => { this.model().visibility = v; });
  }
  activate(): void {
    this.ctx.queue("worksheet.activate", [], () => { this.ctx.model.active = this.nameOf(); });
  }
}

function usedRect(sheet: FakeSheet): Rect | null {
  let r: Rect | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === "" && !cell.formula) continue;
    const [row, col] = k.split(":").map(Number);
    r = r
      ? { top: Math.min(r.top, row), bottom: Math.max(r.bottom, row), left: Math.min(r.left, col), right: Math.max(r.right, col) }
      : { top: row, bottom: row, left: col, right: col };
  }
  return r;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : quoted(name);
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === "") return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "boolean") return "Boolean";
  if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
  return "String";
}

/** What Excel makes of a value assigned through `range.values`. */
function assign(value: unknown, old: FakeCell | undefined): FakeCell | undefined {
  const numberFormat = old?.numberFormat;
  if (value === null || value === undefined) return old;
  if (value === "") return numberFormat ? { value: "", numberFormat } : undefined;
  if (typeof value === "number" || typeof value === "boolean") return { value, numberFormat };
  if (typeof value !== "string") throw new Error(`InvalidArgument: cannot write ${typeof value}`);
  if (value.startsWith("'")) return { value: value.slice(1), numberFormat, textPrefix: true };
  if (/^[=+\-@＝＋－＠]/.test(value)) return { value: "#NAME?", formula: value, error: true, numberFormat };
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value), numberFormat };
  if (/^(true|false)$/i.test(value)) return { value: /^true$/i.test(value), numberFormat };
  return { value, numberFormat };
}

class FakeRange extends Client {
  constructor(ctx: FakeContext, protected readonly sheetOf: () => FakeSheet, protected readonly rectOf: () => Rect | null) {
    super(ctx);
  }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get address(): string { return this.read("address"); }
  get values(): unknown[][] { return this.read("values"); }
  get valueTypes(): string[][] { return this.read("valueTypes"); }
  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  get formulas(): unknown[][] { return this.read("formulas"); }

  set values(v: unknown[][]) { this.writeGrid("values", v, (cell, x) => assign(x, cell)); }
  set numberFormat(v: unknown[][]) {
    // "General" is every cell's default: on an empty cell it leaves nothing behind, as in Excel.
    this.writeGrid("numberFormat", v, (cell, x) =>
      String(x) === "General" && (cell === undefined || cell.value === "")
        ? undefined
        : { ...(cell ?? { value: "" }), numberFormat: String(x) });
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.queue("range.hyperlink", [link], () => {
      const r = this.rect();
      const sheet = this.sheetOf();
      sheet.hyperlinks.set(key(r.top, r.left), link);
      if (link.textToDisplay !== undefined) {
        const cell = assign(link.textToDisplay, sheet.cells.get(key(r.top, r.left)));
        if (cell) sheet.cells.set(key(r.top, r.left), cell);
      }
    });
  }

  get format() {
    const range = this;
    return {
      font: {
        set bold(v: boolean) { range.queueEach("format.font.bold", v, (s, k) => (v ? s.bold.add(k) : s.bold.delete(k))); },
      },
      set columnWidth(points: number) {
        range.ctx.queue("format.columnWidth", [points], () => {
          const r = range.rect();
          for (let c = r.left; c <= r.right; c++) range.sheetOf().columnWidths.set(c, points);
        });
      },
    };
  }

  get dataValidation() {
    const range = this;
    return {
      set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
        range.ctx.queue("dataValidation.rule", [rule], () => {
          if (!rule.list) throw new Error("The fake knows list validation only");
          range.sheetOf().validations.push({ rect: range.rect(), source: rule.list.source });
        });
      },
    };
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, () => this.sheetOf(), () => [this.rect()]);
  }

  protected rect(): Rect {
    const r = this.rectOf();
    if (!r) throw new Error("InvalidOperation: the range is a null object");
    return r;
  }

  protected override nullState(): boolean {
    return this.rectOf() === null;
  }

  protected resolve(prop: string): unknown {
    const r = this.rectOf();
    if (prop === "isNullObject") return r === null;
    if (!r) throw new Error(`PropertyNotLoaded: ${prop} of a null object`);
    const sheet = this.sheetOf();
    const grid = (f: (c: FakeCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: unknown[] = [];
        for (let col = r.left; col <= r.right; col++) line.push(f(sheet.cells.get(key(row, col))));
        out.push(line);
      }
      return out;
    };
    switch (prop) {
      case "address": return `${sheetPrefix(sheet.name)}!${rectAddress(r)}`;
      case "values": return grid((c) => (c ? c.value : ""));
      case "valueTypes": return grid(valueType);
      case "numberFormat": return grid((c) => c?.numberFormat ?? "General");
      case "formulas": return grid((c) => c?.formula ?? (c ? c.value : ""));
      default: throw new Error(`InvalidArgument: range.${prop} is not in the fake`);
    }
  }

  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.ctx, () => this.sheetOf(), () => this.rect());
  }

  clear(applyTo: string): void {
    if (applyTo !== "Contents") throw new Error(`The adapter clears contents only, asked ${applyTo}`);
    this.queueEach("clear", applyTo, (s, k) => {
      const cell = s.cells.get(k);
      if (cell?.numberFormat) s.cells.set(k, { value: "", numberFormat: cell.numberFormat });
      else s.cells.delete(k);
    });
  }

  select(): void {
    this.ctx.queue("range.select", [], () => {
      const sheet = this.sheetOf();
      this.ctx.model.active = sheet.name;
      this.ctx.model.selection = { sheet: sheet.name, address: rectAddress(this.rect()) };
    });
  }

  queueEach(name: string, arg: unknown, f: (s: FakeSheet, k: string) => void): void {
    this.ctx.queue(name, [arg], () => {
      const r = this.rect();
      const s = this.sheetOf();
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(s, key(row, col));
    });
  }

  private writeGrid(name: string, v: unknown[][], f: (cell: FakeCell | undefined, x: unknown) => FakeCell | undefined) {
    this.ctx.queue(name, [v], () => {
      const r = this.rect();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (!Array.isArray(v) || v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
        throw new Error(`InvalidArgument: ${name} must be ${rows}×${cols} for ${rectAddress(r)}`);
      }
      const s = this.sheetOf();
      v.forEach((line, i) => line.forEach((x, j) => {
        const k = key(r.top + i, r.left + j);
        const cell = f(s.cells.get(k), x);
        if (cell) s.cells.set(k, cell);
        else s.cells.delete(k);
      }));
    });
  }
}

class FakeMergedAreas extends Client {
  constructor(ctx: FakeContext, private readonly sheetOf: () => FakeSheet, private readonly within: () => Rect) {
    super(ctx);
  }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get address(): string { return this.read("address"); }
  protected override nullState(): boolean {
    return !this.sheetOf().merges.some((m) => intersects(m, this.within()));
  }

  protected resolve(prop: string): unknown {
    const merges = this.sheetOf().merges.filter((m) => intersects(m, this.within()));
    if (prop === "isNullObject") return merges.length === 0;
    if (prop === "address") {
      const prefix = sheetPrefix(this.sheetOf().name);
      return merges.map((m) => `${prefix}!${rectAddress(m)}`).join(",");
    }
    throw new Error(`InvalidArgument: mergedAreas.${prop}`);
  }
}

class FakeRangeAreas extends Client {
  constructor(ctx: FakeContext, private readonly sheetOf: () => FakeSheet, private readonly areasOf: () => Rect[]) {
    super(ctx);
  }
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.ctx, this.sheetOf, this.areasOf);
  }
  protected resolve(prop: string): unknown {
    throw new Error(`InvalidArgument: rangeAreas.${prop}`);
  }
}

class FakeConditionalFormats extends Client {
  constructor(ctx: FakeContext, private readonly sheetOf: () => FakeSheet, private readonly areasOf: () => Rect[]) {
    super(ctx);
  }
  get items(): FakeConditionalFormatApi[] { return this.read("items"); }
  protected resolve(prop: string): unknown {
    if (prop !== "items") throw new Error(`InvalidArgument: conditionalFormats.${prop}`);
    const areas = this.areasOf();
    const sheet = this.sheetOf();
    return sheet.formats
      .filter((f) => f.areas.some((a) => areas.some((b) => intersects(a, b))))
      .map((f) => new FakeConditionalFormatApi(this.ctx, sheet, () => f));
  }
  add(type: string): FakeConditionalFormatApi {
    const cf: FakeConditionalFormat = { id: 0, type, areas: [] };
    const sheetOf = this.sheetOf;
    this.ctx.queue("conditionalFormats.add", [type], () => {
      cf.id = this.ctx.model.nextId++;
      cf.areas = this.areasOf();
      sheetOf().formats.push(cf);
    });
    return new FakeConditionalFormatApi(this.ctx, null, () => cf);
  }
}

class FakeConditionalFormatApi extends Client {
  constructor(ctx: FakeContext, private readonly sheet: FakeSheet | null, private readonly cf: () => FakeConditionalFormat) {
    super(ctx);
  }
  get type(): string { return this.read("type"); }
  get customOrNullObject(): FakeCustomFormat { return this.read("customOrNullObject"); }
  get custom(): FakeCustomFormat { return new FakeCustomFormat(this.ctx, this.cf, false); }
  protected resolve(prop: string): unknown {
    if (prop === "type") return this.cf().type;
    if (prop === "customOrNullObject") return new FakeCustomFormat(this.ctx, this.cf, this.cf().type !== "Custom");
    throw new Error(`InvalidArgument: conditionalFormat.${prop}`);
  }
  delete(): void {
    this.ctx.queue("conditionalFormat.delete", [], () => {
      const cf = this.cf();
      for (const s of this.ctx.model.sheets) s.formats = s.formats.filter((f) => f !== cf);
    });
  }
}

class FakeCustomFormat extends Client {
  constructor(ctx: FakeContext, private readonly cf: () => FakeConditionalFormat, private readonly nullObject: boolean) {
    super(ctx);
  }
  get isNullObject(): boolean { return this.read("isNullObject"); }
  get rule(): { formula: string } {
    const api = this;
    return {
      get formula(): string { return api.read("rule/formula"); },
      set formula(f: string) { api.ctx.queue("custom.rule.formula", [f], () => { api.cf().formula = f; }); },
    };
  }
  get format() {
    const api = this;
    return {
      fill: { set color(c: string) { api.ctx.queue("custom.fill", [c], () => { api.cf().fill = c; }); } },
      font: { set color(c: string) { api.ctx.queue("custom.font", [c], () => { api.cf().font = c; }); } },
    };
  }
  protected override nullState(): boolean {
    return this.nullObject;
  }

  override loadNow(paths: string[]): void {
    super.loadNow(paths.map((p) => (p.startsWith("rule/") ? p.replace("/", "~") : p)));
  }
  protected resolve(prop: string): unknown {
    if (prop === "isNullObject") return this.nullObject;
    if (this.nullObject) return null;
    if (prop === "rule~formula") return this.cf().formula;
    throw new Error(`InvalidArgument: custom.${prop}`);
  }
  protected override read<T>(prop: string): T {
    return super.read(prop === "rule/formula" ? "rule~formula" : prop);
  }
}

class FakeTables extends Client {
  get items(): FakeTableApi[] { return this.read("items"); }
  protected resolve(prop: string): unknown {
    if (prop !== "items") throw new Error(`InvalidArgument: tables.${prop}`);
    return this.ctx.model.tables.map((t) => new FakeTableApi(this.ctx, t.name));
  }
}

class FakeTableApi extends Client {
  constructor(ctx: FakeContext, private readonly tableName: string) {
    super(ctx);
  }
  get name(): string { return this.read("name"); }
  protected resolve(prop: string): unknown {
    if (prop === "name") return this.tableName;
    throw new Error(`InvalidArgument: table.${prop}`);
  }
  private table() {
    const t = this.ctx.model.tables.find((x) => x.name === this.tableName);
    if (!t) throw new Error(`ItemNotFound: table ${this.tableName}`);
    return t;
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.ctx.sheet(this.table().sheet), () => this.table().rect);
  }
}

class FakeNotes extends Client {
  constructor(ctx: FakeContext, private readonly sheetName: (() => string) | null) {
    super(ctx);
  }
  get items(): FakeNoteApi[] { return this.read("items"); }
  protected resolve(prop: string): unknown {
    if (prop !== "items") throw new Error(`InvalidArgument: notes.${prop}`);
    const name = this.sheetName?.();
    return this.ctx.model.notes.filter((n) => name === undefined || n.sheet === name).map((n) => new FakeNoteApi(this.ctx, n));
  }
  add(cellAddress: string, content: string): FakeNoteApi {
    if (!this.sheetName) throw new Error("The adapter adds notes through worksheet.notes");
    const note: FakeNote = { sheet: "", row: 0, col: 0, content };
    this.ctx.queue("notes.add", [cellAddress, content], () => {
      const [r, ...more] = parseAreas(cellAddress);
      if (more.length > 0 || r.top !== r.bottom || r.left !== r.right) throw new Error(`InvalidCellAddress: ${cellAddress}`);
      const sheet = this.sheetName!();
      if (this.ctx.model.notes.some((n) => n.sheet === sheet && n.row === r.top && n.col === r.left)) {
        throw new Error(`InvalidOperation: ${sheet}!${cellAddress} already has a note`);
      }
      Object.assign(note, { sheet, row: r.top, col: r.left });
      this.ctx.model.notes.push(note);
    });
    return new FakeNoteApi(this.ctx, note);
  }
}

class FakeNoteApi extends Client {
  constructor(ctx: FakeContext, private readonly note: FakeNote) {
    super(ctx);
  }
  get content(): string { return this.read("content"); }
  protected resolve(prop: string): unknown {
    if (prop === "content") return this.note.content;
    throw new Error(`InvalidArgument: note.${prop}`);
  }
  getLocation(): FakeRange {
    const n = this.note;
    return new FakeRange(this.ctx, () => this.ctx.sheet(n.sheet), () => ({ top: n.row, bottom: n.row, left: n.col, right: n.col }));
  }
  delete(): void {
    this.ctx.queue("note.delete", [], () => {
      this.ctx.model.notes = this.ctx.model.notes.filter((x) => x !== this.note);
    });
  }
}

export { a1 };
