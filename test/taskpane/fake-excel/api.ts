/**
 * A strict fake of the part of Office.js the adapter uses. Like the real thing, every call only queues a
 * command; `context.sync()` runs the queue in order. Reading a property that was not loaded and synced
 * throws, as does any write Excel would refuse (a sheet name taken, a note on a cell that has one, a values
 * array of the wrong shape, a request over 5 MB). Writes behave as Excel's do: a string starting with "="
 * becomes a formula, one that looks like a number becomes a number, unless it starts with an apostrophe.
 */
import {
  a1, intersects, key, namespaceOf, newSheet, parseAreas, quoted, rectAddress, type FakeCell, type FakeChart, type FakeConditionalFormat,
  type FakeNote, type FakePivot, type FakeSheet, type FakeSlicer, type FakeTable, type FakeWorkbook, type Rect,
} from "./model";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

type Op = { bytes: number; run: () => void };

export class FakeContext {
  readonly workbook: FakeWorkbookApi;
  readonly application = {
    suspendApiCalculationUntilNextSync: () => {
      this.requireSet("1.6", "application.suspendApiCalculationUntilNextSync");
      this.queue("suspendApiCalculationUntilNextSync", [], () => { this.suspensions += 1; });
    },
  };
  /** The highest ExcelApi version this Excel supports; a call from a later set throws, as Office.js does. */
  readonly excelApi: string;
  syncs = 0;
  suspensions = 0;
  largestRequest = 0;
  private ops: Op[] = [];

  constructor(readonly model: FakeWorkbook, readonly notesSupported = true, excelApi?: string) {
    this.excelApi = excelApi ?? (notesSupported ? "1.18" : "1.17");
    this.workbook = new FakeWorkbookApi(this);
  }

  /** Throws as Office.js does when an API of a requirement set this Excel lacks is called. */
  requireSet(version: string, what: string): void {
    const [a, b = 0] = version.split(".").map(Number);
    const [c, d = 0] = this.excelApi.split(".").map(Number);
    if (a > c || (a === c && b > d)) throw new Error(`ApiNotFound: ${what} needs ExcelApi ${version}; this Excel has ${this.excelApi}`);
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
  private readonly _customXmlParts: FakeCustomXmlParts;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
    this._notes = new FakeNotes(ctx, null);
    this._customXmlParts = new FakeCustomXmlParts(ctx, null);
  }
  get customXmlParts(): FakeCustomXmlParts {
    this.ctx.requireSet("1.5", "workbook.customXmlParts");
    return this._customXmlParts;
  }
  get notes(): FakeNotes {
    if (!this.ctx.notesSupported) throw new Error("ApiNotFound: workbook.notes needs ExcelApi 1.18");
    return this._notes;
  }
  get name(): string { return this.read("name"); }
  protected resolve(prop: string): unknown {
    if (prop === "name") {
      this.ctx.requireSet("1.7", "workbook.name");
      return this.ctx.model.name;
    }
    throw new Error(`InvalidArgument: workbook.${prop} is not in the fake`);
  }
}

/** A value a method returns: readable only after the sync that runs the call. */
class FakeClientResult<T> {
  private done = false;
  private result: T | undefined;
  set(value: T): void {
    this.result = value;
    this.done = true;
  }
  get value(): T {
    if (!this.done) throw new Error("PropertyNotLoaded: a ClientResult was read before sync()");
    return this.result as T;
  }
}

/** workbook.customXmlParts, or the parts of one namespace (getByNamespace). */
class FakeCustomXmlParts extends Client {
  constructor(ctx: FakeContext, private readonly namespaceUri: string | null) {
    super(ctx);
  }
  get items(): FakeCustomXmlPart[] { return this.read("items"); }
  protected resolve(prop: string): unknown {
    if (prop !== "items") throw new Error(`InvalidArgument: customXmlParts.${prop}`);
    return this.ctx.model.customXml
      .filter((p) => this.namespaceUri === null || p.namespaceUri === this.namespaceUri)
      .map((p) => new FakeCustomXmlPart(this.ctx, p.id));
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlParts {
    if (this.namespaceUri !== null) throw new Error("InvalidArgument: getByNamespace is a method of workbook.customXmlParts");
    return new FakeCustomXmlParts(this.ctx, namespaceUri);
  }
  add(xml: string): FakeCustomXmlPart {
    if (this.namespaceUri !== null) throw new Error("InvalidArgument: add is a method of workbook.customXmlParts");
    const id = `{${String(this.ctx.model.nextId++).padStart(8, "0")}-0000-0000-0000-000000000000}`;
    this.ctx.queue("customXmlParts.add", [xml], () => {
      if (!/^\s*(<\?xml[^>]*\?>\s*)?</.test(xml)) throw new Error("InvalidArgument: the XML is not well formed");
      this.ctx.model.customXml.push({ id, namespaceUri: namespaceOf(xml), xml });
    });
    return new FakeCustomXmlPart(this.ctx, id);
  }
}

class FakeCustomXmlPart extends Client {
  constructor(ctx: FakeContext, private readonly partId: string) {
    super(ctx);
  }
  get id(): string { return this.read("id"); }
  get namespaceUri(): string { return this.read("namespaceUri"); }
  protected resolve(prop: string): unknown {
    if (prop === "id") return this.part().id;
    if (prop === "namespaceUri") return this.part().namespaceUri;
    throw new Error(`InvalidArgument: customXmlPart.${prop}`);
  }
  private part() {
    const p = this.ctx.model.customXml.find((x) => x.id === this.partId);
    if (!p) throw new Error(`ItemNotFound: custom XML part ${this.partId}`);
    return p;
  }
  getXml(): FakeClientResult<string> {
    const out = new FakeClientResult<string>();
    this.ctx.queue("customXmlPart.getXml", [this.partId], () => out.set(this.part().xml));
    return out;
  }
  delete(): void {
    this.ctx.queue("customXmlPart.delete", [this.partId], () => {
      this.part();
      this.ctx.model.customXml = this.ctx.model.customXml.filter((x) => x.id !== this.partId);
    });
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

class FakeWorksheetProtection extends Client {
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet) {
    super(ctx);
  }
  get protected(): boolean { return this.read("protected"); }
  protected resolve(prop: string): unknown {
    if (prop === "protected") return this.sheet().protected ?? false;
    throw new Error(`InvalidArgument: worksheet.protection.${prop}`);
  }
}

class FakeWorksheet extends Client {
  constructor(ctx: FakeContext, private readonly nameOf: () => string) {
    super(ctx);
  }
  get name(): string { return this.read("name"); }
  get visibility(): string { return this.read("visibility"); }
  protected resolve(prop: string): unknown {
    if (prop === "name") return this.nameOf();
    if (prop === "visibility") return this.model().visibility;
    throw new Error(`InvalidArgument: worksheet.${prop}`);
  }
  private model(): FakeSheet { return this.ctx.sheet(this.nameOf()); }
  get protection(): FakeWorksheetProtection {
    this.ctx.requireSet("1.2", "worksheet.protection");
    return new FakeWorksheetProtection(this.ctx, () => this.model());
  }
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
  get tables(): FakeTables {
    return new FakeTables(this.ctx, () => this.nameOf());
  }
  get pivotTables(): FakePivotTables {
    this.ctx.requireSet("1.8", "worksheet.pivotTables");
    return new FakePivotTables(this.ctx, () => this.nameOf());
  }
  get charts(): FakeCharts {
    return new FakeCharts(this.ctx, () => this.nameOf());
  }
  get slicers(): FakeSlicers {
    this.ctx.requireSet("1.10", "worksheet.slicers");
    return new FakeSlicers(this.ctx, () => this.nameOf());
  }
  get pageLayout() {
    this.ctx.requireSet("1.9", "worksheet.pageLayout");
    const page = () => this.model().page;
    const ctx = this.ctx;
    return {
      set orientation(v: string) {
        ctx.queue("pageLayout.orientation", [v], () => {
          if (v !== "Portrait" && v !== "Landscape") throw new Error(`InvalidArgument: orientation ${v}`);
          page().orientation = v;
        });
      },
      set paperSize(v: string) { ctx.queue("pageLayout.paperSize", [v], () => { page().paperSize = v; }); },
      /** PageLayoutZoomOptions, set as one object (Office.js: "x.zoom = {...}", not "x.zoom.scale = ..."). */
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        ctx.queue("pageLayout.zoom", [v], () => {
          if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined)) {
            throw new Error("InvalidArgument: a zoom is a scale or pages to fit, not both");
          }
          page().zoom = { ...v };
        });
      },
      setPrintTitleRows: (rows: string) => {
        ctx.queue("pageLayout.setPrintTitleRows", [rows], () => {
          if (!/^\$\d+:\$\d+$/.test(rows)) throw new Error(`InvalidArgument: print title rows ${rows}`);
          page().titleRows = rows;
        });
      },
    };
  }
  get freezePanes() {
    this.ctx.requireSet("1.7", "worksheet.freezePanes");
    return {
      freezeRows: (count: number) => {
        this.ctx.queue("freezePanes.freezeRows", [count], () => { this.model().frozenRows = count; });
      },
    };
  }
  getRanges(address: string): FakeRangeAreas {
    this.ctx.requireSet("1.9", "worksheet.getRanges");
    return new FakeRangeAreas(this.ctx, () => this.model(), () => parseAreas(address));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.requireSet("1.4", "worksheet.getUsedRangeOrNullObject");
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
      // A sheet takes its tables, PivotTables, charts and slicers with it.
      m.tables = m.tables.filter((t) => t.sheet !== name);
      m.pivots = m.pivots.filter((p) => p.sheet !== name);
      m.charts = m.charts.filter((c) => c.sheet !== name);
      m.slicers = m.slicers.filter((x) => x.sheet !== name);
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
  get left(): number { return this.read("left"); }
  get top(): number { return this.read("top"); }

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
      fill: {
        set color(c: string) {
          if (!/^#[0-9A-Fa-f]{6}$/.test(c)) throw new Error(`InvalidArgument: fill color ${c}`);
          range.queueEach("format.fill.color", c, (s, k) => void s.fills.set(k, c.toUpperCase()));
        },
        clear(): void { range.queueEach("format.fill.clear", null, (s, k) => void s.fills.delete(k)); },
      },
      set columnWidth(points: number) {
        range.ctx.queue("format.columnWidth", [points], () => {
          const r = range.rect();
          for (let c = r.left; c <= r.right; c++) range.sheetOf().columnWidths.set(c, points);
        });
      },
      /** true: the range's columns go back to the sheet's standard width (a set width is forgotten). */
      set useStandardWidth(v: boolean) {
        range.ctx.queue("format.useStandardWidth", [v], () => {
          if (v !== true) throw new Error("The fake knows useStandardWidth = true only");
          const r = range.rect();
          for (let c = r.left; c <= r.right; c++) range.sheetOf().columnWidths.delete(c);
        });
      },
      set wrapText(v: boolean) { range.queueEach("format.wrapText", v, (s, k) => (v ? s.wrap.add(k) : s.wrap.delete(k))); },
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
    this.ctx.requireSet("1.6", "range.conditionalFormats");
    return new FakeConditionalFormats(this.ctx, () => this.sheetOf(), () => [this.rect()]);
  }

  protected rect(): Rect {
    const r = this.rectOf();
    if (!r) throw new Error("InvalidOperation: the range is a null object");
    return r;
  }

  /** For other fake objects at sync time: this range's sheet and area. */
  sheetName(): string { return this.sheetOf().name; }
  area(): Rect { return this.rect(); }

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
      // Points from the sheet's top-left corner: columns 48 pt wide unless set, rows 15 pt.
      case "left": {
        this.ctx.requireSet("1.3", "range.left");
        let x = 0;
        for (let c = 0; c < r.left; c++) x += sheet.columnWidths.get(c) ?? 48;
        return x;
      }
      case "top":
        this.ctx.requireSet("1.3", "range.top");
        return (r.top - 1) * 15;
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
      refuseInsidePivot(this.ctx.model, this.sheetOf().name, r);
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
  constructor(ctx: FakeContext, private readonly sheetName: (() => string) | null = null) {
    super(ctx);
  }
  get items(): FakeTableApi[] { return this.read("items"); }
  protected resolve(prop: string): unknown {
    if (prop !== "items") throw new Error(`InvalidArgument: tables.${prop}`);
    const name = this.sheetName?.();
    return this.ctx.model.tables.filter((t) => name === undefined || t.sheet === name).map((t) => new FakeTableApi(this.ctx, () => t));
  }
  getItem(name: string): FakeTableApi {
    return new FakeTableApi(this.ctx, () => {
      const t = this.ctx.model.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new Error(`ItemNotFound: table ${name}`);
      return t;
    });
  }
  /** A table over `address` of this sheet; its header row is the range's first row (hasHeaders: true). */
  add(address: string, hasHeaders: boolean): FakeTableApi {
    if (!this.sheetName) throw new Error("The adapter adds tables through worksheet.tables");
    const table: FakeTable = { name: "", sheet: "", rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    this.ctx.queue("tables.add", [address, hasHeaders], () => {
      if (!hasHeaders) throw new Error("The fake knows tables with a header row only");
      const [rect, ...more] = parseAreas(address);
      if (more.length > 0 || rect.bottom === rect.top) throw new Error(`InvalidArgument: table range ${address}`);
      const sheet = this.sheetName!();
      if (this.ctx.model.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
        throw new Error(`InvalidOperation: a table cannot overlap another table (${address})`);
      }
      Object.assign(table, { name: `Table${this.ctx.model.nextId++}`, sheet, rect });
      this.ctx.model.tables.push(table);
    });
    return new FakeTableApi(this.ctx, () => table);
  }
}

class FakeTableApi extends Client {
  constructor(ctx: FakeContext, readonly tableOf: () => FakeTable) {
    super(ctx);
  }
  get name(): string { return this.read("name"); }
  get showTotals(): boolean { return this.read("showTotals"); }
  set name(name: string) {
    this.ctx.queue("table.name", [name], () => {
      const t = this.tableOf();
      if (this.ctx.model.tables.some((x) => x !== t && x.name.toLowerCase() === name.toLowerCase())) {
        throw new Error(`InvalidArgument: a table named ${name} already exists`);
      }
      t.name = name;
    });
  }
  set style(style: string) {
    this.ctx.queue("table.style", [style], () => { this.tableOf().style = style; });
  }
  protected resolve(prop: string): unknown {
    if (prop === "name") return this.tableOf().name;
    if (prop === "showTotals") return this.tableOf().showTotals === true;
    throw new Error(`InvalidArgument: table.${prop}`);
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.ctx.sheet(this.tableOf().sheet), () => this.tableOf().rect);
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

/** A source table's headers, and the distinct values under one of them (an empty cell counts as one value). */
function tableColumn(model: FakeWorkbook, tableName: string, header: string): { headers: string[]; distinct: number } {
  const t = model.tables.find((x) => x.name === tableName);
  if (!t) throw new Error(`InvalidOperation: the PivotTable's source table ${tableName} no longer exists`);
  const sheet = model.sheets.find((x) => x.name === t.sheet)!;
  const headers: string[] = [];
  for (let c = t.rect.left; c <= t.rect.right; c++) headers.push(String(sheet.cells.get(key(t.rect.top, c))?.value ?? ""));
  const col = headers.indexOf(header);
  const values = new Set<string>();
  if (col >= 0) {
    for (let r = t.rect.top + 1; r <= t.rect.bottom; r++) values.add(String(sheet.cells.get(key(r, t.rect.left + col))?.value ?? ""));
  }
  return { headers, distinct: values.size };
}

/**
 * The cells a PivotTable covers in Excel's compact layout: with a column field, a caption row and a header
 * row above one row per row item and a grand-total row, and a label column, one column per column item and
 * a total column; without one, a header row, the items, a total row, and a label and a value column.
 */
export function pivotFootprint(model: FakeWorkbook, p: FakePivot): Rect {
  const rows = p.rows.length > 0 ? tableColumn(model, p.source, p.rows[0]).distinct : 0;
  const cols = p.columns.length > 0 ? tableColumn(model, p.source, p.columns[0]).distinct : 0;
  // Several data fields stand under a 值 header row, as a column field's items do.
  const height = (p.columns.length > 0 || p.data.length > 1 ? 2 : 1) + rows + 1;
  const width = 1 + (p.columns.length > 0 ? cols + 1 : Math.max(1, p.data.length));
  // A page field (filter) takes the row two above the anchor, and the blank row between.
  const top = p.anchor.row - (p.filters?.length ? 2 : 0);
  if (top < 1) throw new Error(`InvalidOperation: no room above ${p.name} for its filter`);
  return { top, left: p.anchor.col, bottom: p.anchor.row + height - 1, right: p.anchor.col + width - 1 };
}

/** Excel refuses to write into a PivotTable's cells, and a PivotTable that would cover another or typed cells. */
function refuseInsidePivot(model: FakeWorkbook, sheet: string, r: Rect): void {
  for (const p of model.pivots) {
    if (p.sheet === sheet && intersects(pivotFootprint(model, p), r)) {
      throw new Error(`InvalidOperation: cannot change part of PivotTable ${p.name} (${rectAddress(r)})`);
    }
  }
}

function checkPivotPlace(model: FakeWorkbook, p: FakePivot): void {
  const area = pivotFootprint(model, p);
  for (const other of model.pivots) {
    if (other !== p && other.sheet === p.sheet && intersects(pivotFootprint(model, other), area)) {
      throw new Error(`InvalidOperation: PivotTable ${p.name} would overlap PivotTable ${other.name}`);
    }
  }
  const sheet = model.sheets.find((x) => x.name === p.sheet)!;
  for (const [k, cell] of sheet.cells) {
    const [row, col] = k.split(":").map(Number);
    if (cell.value !== "" && intersects(area, { top: row, bottom: row, left: col, right: col })) {
      throw new Error(`InvalidOperation: PivotTable ${p.name} would cover ${a1(row, col)}, which is not empty`);
    }
  }
}

class FakePivotTables extends Client {
  constructor(ctx: FakeContext, private readonly sheetName: () => string) {
    super(ctx);
  }
  get items(): FakePivotApi[] { return this.read("items"); }
  protected resolve(prop: string): unknown {
    if (prop !== "items") throw new Error(`InvalidArgument: pivotTables.${prop}`);
    return this.ctx.model.pivots.filter((p) => p.sheet === this.sheetName()).map((p) => new FakePivotApi(this.ctx, () => p));
  }
  /** PivotTableCollection.add(name, source, destination): the source a table (object or name), the destination its top-left cell. */
  add(name: string, source: FakeTableApi | string, destination: FakeRange | string): FakePivotApi {
    this.ctx.requireSet("1.8", "pivotTables.add");
    const pivot: FakePivot = { name, sheet: "", anchor: { row: 0, col: 0 }, source: "", rows: [], columns: [], data: [] };
    this.ctx.queue("pivotTables.add", [name], () => {
      const m = this.ctx.model;
      if (m.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())) throw new Error(`InvalidArgument: a PivotTable named ${name} already exists`);
      const table = typeof source === "string" ? m.tables.find((t) => t.name === source) : source instanceof FakeTableApi ? source.tableOf() : undefined;
      if (!table) throw new Error("InvalidArgument: the fake takes a table (object or name) as a PivotTable's source");
      const sheet = this.sheetName();
      let anchor: { row: number; col: number };
      if (typeof destination === "string") {
        const [r, ...more] = parseAreas(destination);
        if (more.length > 0) throw new Error(`InvalidArgument: destination ${destination}`);
        anchor = { row: r.top, col: r.left };
      } else {
        if (destination.sheetName() !== sheet) throw new Error("InvalidArgument: the destination is on another sheet");
        const r = destination.area();
        anchor = { row: r.top, col: r.left };
      }
      Object.assign(pivot, { sheet, anchor, source: table.name });
      checkPivotPlace(m, pivot);
      m.pivots.push(pivot);
    });
    return new FakePivotApi(this.ctx, () => pivot);
  }
}

class FakePivotApi extends Client {
  constructor(ctx: FakeContext, private readonly pivotOf: () => FakePivot) {
    super(ctx);
  }
  get name(): string { return this.read("name"); }
  protected resolve(prop: string): unknown {
    if (prop === "name") return this.pivotOf().name;
    throw new Error(`InvalidArgument: pivotTable.${prop}`);
  }
  /** PivotTable.hierarchies.getItem(name): one per column of the source, named by its header. */
  get hierarchies() {
    return { getItem: (name: string) => new FakeHierarchy(this.pivotOf, name) };
  }
  get rowHierarchies() { return this.axis("rows"); }
  get columnHierarchies() { return this.axis("columns"); }
  get filterHierarchies() { return this.axis("filters"); }
  get dataHierarchies() {
    return {
      add: (h: FakeHierarchy): FakeDataHierarchyApi => {
        this.check(h);
        const data = { field: h.name, name: h.name, summarizeBy: "Automatic", numberFormat: "General" };
        this.ctx.queue("dataHierarchies.add", [h.name], () => {
          const p = this.pivotOf();
          const { headers } = tableColumn(this.ctx.model, p.source, h.name);
          if (!headers.includes(h.name)) throw new Error(`ItemNotFound: PivotHierarchy ${h.name}`);
          // Excel names a new data hierarchy "Sum of …"/"Count of …" after its summary; the adapter renames it.
          data.name = `求和项:${h.name}`;
          p.data.push(data);
          checkPivotPlace(this.ctx.model, p);
        });
        return new FakeDataHierarchyApi(this.ctx, this.pivotOf, data);
      },
    };
  }
  delete(): void {
    this.ctx.queue("pivotTable.delete", [], () => {
      this.ctx.model.pivots = this.ctx.model.pivots.filter((p) => p !== this.pivotOf());
    });
  }

  /** For other fake objects at sync time. */
  nameNow(): string { return this.pivotOf().name; }

  private check(h: FakeHierarchy): void {
    if (!(h instanceof FakeHierarchy) || h.pivotOf !== this.pivotOf) {
      throw new Error("InvalidArgument: a hierarchy from this PivotTable's own hierarchies.getItem is expected");
    }
  }

  private axis(which: "rows" | "columns" | "filters") {
    return {
      add: (h: FakeHierarchy): void => {
        this.check(h);
        this.ctx.queue(`${which === "rows" ? "row" : which === "columns" ? "column" : "filter"}Hierarchies.add`, [h.name], () => {
          const p = this.pivotOf();
          const { headers } = tableColumn(this.ctx.model, p.source, h.name);
          if (!headers.includes(h.name)) throw new Error(`ItemNotFound: PivotHierarchy ${h.name}`);
          // A hierarchy moves: it is on one of the row, column and filter axes at most.
          p.rows = p.rows.filter((x) => x !== h.name);
          p.columns = p.columns.filter((x) => x !== h.name);
          if (p.filters) p.filters = p.filters.filter((x) => x !== h.name);
          if (which === "filters") (p.filters ??= []).push(h.name);
          else p[which].push(h.name);
          checkPivotPlace(this.ctx.model, p);
        });
      },
    };
  }
}

class FakeHierarchy {
  constructor(readonly pivotOf: () => FakePivot, readonly name: string) {}
}

class FakeDataHierarchyApi extends Client {
  constructor(ctx: FakeContext, private readonly pivotOf: () => FakePivot, private readonly data: FakePivot["data"][number]) {
    super(ctx);
  }
  get name(): string { return this.read("name"); }
  set name(name: string) {
    this.ctx.queue("dataHierarchy.name", [name], () => {
      const { headers } = tableColumn(this.ctx.model, this.pivotOf().source, this.data.field);
      // Excel: "PivotTable field name already exists".
      if (headers.includes(name)) throw new Error(`InvalidArgument: a data hierarchy cannot take the name of the field ${name}`);
      this.data.name = name;
    });
  }
  set summarizeBy(how: string) {
    const known = ["Sum", "Count", "Average", "Max", "Min", "Product", "CountNumbers", "StandardDeviation", "StandardDeviationP", "Variance", "VarianceP", "Automatic"];
    this.ctx.queue("dataHierarchy.summarizeBy", [how], () => {
      if (!known.includes(how)) throw new Error(`InvalidArgument: summarizeBy ${how}`);
      this.data.summarizeBy = how;
    });
  }
  set numberFormat(format: string) {
    this.ctx.queue("dataHierarchy.numberFormat", [format], () => { this.data.numberFormat = format; });
  }
  protected resolve(prop: string): unknown {
    if (prop === "name") return this.data.name;
    throw new Error(`InvalidArgument: dataPivotHierarchy.${prop}`);
  }
}

class FakeCharts extends Client {
  constructor(ctx: FakeContext, private readonly sheetName: () => string) {
    super(ctx);
  }
  get items(): FakeChartApi[] { return this.read("items"); }
  protected resolve(prop: string): unknown {
    if (prop !== "items") throw new Error(`InvalidArgument: charts.${prop}`);
    return this.ctx.model.charts.filter((c) => c.sheet === this.sheetName()).map((c) => new FakeChartApi(this.ctx, c));
  }
  /** ChartCollection.add(type, sourceData, seriesBy). */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChartApi {
    const chart: FakeChart = { id: 0, sheet: "", type, source: { top: 0, left: 0, bottom: 0, right: 0 }, seriesBy };
    this.ctx.queue("charts.add", [type, seriesBy], () => {
      if (!["ColumnClustered", "BarClustered", "Pie", "Line"].includes(type)) throw new Error(`The fake knows few chart types; got ${type}`);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new Error(`InvalidArgument: seriesBy ${seriesBy}`);
      if (!(sourceData instanceof FakeRange)) throw new Error("InvalidArgument: sourceData must be a Range");
      Object.assign(chart, { id: this.ctx.model.nextId++, sheet: this.sheetName(), source: sourceData.area() });
      this.ctx.model.charts.push(chart);
    });
    return new FakeChartApi(this.ctx, chart);
  }
}

class FakeChartApi extends Client {
  constructor(ctx: FakeContext, private readonly chart: FakeChart) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    throw new Error(`InvalidArgument: chart.${prop}`);
  }
  get title() {
    const api = this;
    return { set text(t: string) { api.ctx.queue("chart.title.text", [t], () => { api.chart.title = t; }); } };
  }
  get legend() {
    const api = this;
    return { set visible(v: boolean) { api.ctx.queue("chart.legend.visible", [v], () => { api.chart.legendVisible = v; }); } };
  }
  setPosition(startCell: string, endCell?: string): void {
    this.ctx.queue("chart.setPosition", [startCell, endCell], () => {
      parseAreas(startCell);
      if (endCell !== undefined) parseAreas(endCell);
      this.chart.position = { from: startCell, to: endCell ?? startCell };
    });
  }
}

class FakeSlicers extends Client {
  constructor(ctx: FakeContext, private readonly sheetName: () => string) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    throw new Error(`InvalidArgument: slicers.${prop}`);
  }
  /** SlicerCollection.add(slicerSource, sourceField, slicerDestination): a PivotTable (object or name) and one of its fields. */
  add(slicerSource: FakePivotApi | string, sourceField: string, slicerDestination?: string): FakeSlicerApi {
    this.ctx.requireSet("1.10", "slicers.add");
    const slicer: FakeSlicer = { id: 0, sheet: "", source: "", field: sourceField };
    this.ctx.queue("slicers.add", [sourceField, slicerDestination], () => {
      const m = this.ctx.model;
      const name = typeof slicerSource === "string" ? slicerSource : slicerSource instanceof FakePivotApi ? slicerSource.nameNow() : "";
      const pivot = m.pivots.find((p) => p.name === name);
      if (!pivot) throw new Error(`ItemNotFound: slicer source ${name}`);
      if (!tableColumn(m, pivot.source, sourceField).headers.includes(sourceField)) throw new Error(`ItemNotFound: field ${sourceField}`);
      const sheet = slicerDestination ?? this.sheetName();
      if (!m.sheets.some((x) => x.name === sheet)) throw new Error(`ItemNotFound: worksheet ${sheet}`);
      Object.assign(slicer, { id: m.nextId++, sheet, source: pivot.name });
      m.slicers.push(slicer);
    });
    return new FakeSlicerApi(this.ctx, slicer);
  }
}

class FakeSlicerApi extends Client {
  constructor(ctx: FakeContext, private readonly slicer: FakeSlicer) {
    super(ctx);
  }
  protected resolve(prop: string): unknown {
    throw new Error(`InvalidArgument: slicer.${prop}`);
  }
  private set(prop: "caption" | "left" | "top" | "width" | "height", v: string | number) {
    this.ctx.queue(`slicer.${prop}`, [v], () => { (this.slicer as unknown as Record<string, unknown>)[prop] = v; });
  }
  set caption(v: string) { this.set("caption", v); }
  set left(v: number) { this.set("left", v); }
  set top(v: number) { this.set("top", v); }
  set width(v: number) { this.set("width", v); }
  set height(v: number) { this.set("height", v); }
}

export { a1 };
