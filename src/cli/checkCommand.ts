/**
 * `lygip check FILE...`: one batch across the files in the order given (or each alone with --separate),
 * the JSON report or a readable summary, and an annotated copy of each file.
 */
import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { reportJson, summarise, type CheckSettings, type FileJson, type HistoryEntry, type Lang, type RowJson, type RowResult } from "../engine";
import {
  AnnotateError, annotateHandedOver, copyState, isLygipOutput, isLygipSummary, isMacroWorkbook, type PlanHandOver, type SheetAsRead,
} from "../writer";
import { toChineseMoney, type PlanOptions } from "../output";
import { checkedFileJson, checkTables, rowsJsonOf, stageTable, unreadableFileJson } from "../check";
import { boundHeapGrowth, collectGarbage } from "./heapGrowth";
import { FolderNotMade, makeFolderFor, OutputFailed, OutputRefused, writeAtomicallyFrom } from "./atomicWrite";
import { MAX_COPY_BYTES, partOfRun, planBatch, sourceOf, summaryPathOf, type OutputState } from "./batchFiles";
import { readRegularFile } from "./regularFile";
import { outputWords, type OutputProblem } from "./outputWords";
import { usageText } from "./usageWords";
import { checkInfoOf, writeBatchSummary } from "./batchSummary";
import { loadFile, type LoadedFile } from "./loadFile";
import { InputPackages } from "./inputPackages";
import type { OpenedPackage } from "../workbook/node";
import { loadHistory } from "./loadHistory";
import { startProgress, type Progress } from "./progress";
import { parseRates } from "./rates";
import { checkTimeOf } from "./checkTime";
import { printReport } from "./reportOutput";
import { inert } from "./terminalText";
import { deflateThread, installNodeCodec } from "./nodeCodec";

export interface CheckCommandOptions {
  readonly out?: string;
  readonly json: boolean;
  readonly write: boolean;
  readonly separate: boolean;
  readonly history?: string;
  readonly rate: readonly string[];
  readonly lang: Lang;
  /** The totals only, no progress. */
  readonly quiet?: boolean;
  /** Indented JSON (compact is the default when stdout is not a terminal). */
  readonly pretty?: boolean;
  /** One workbook for the whole batch: 汇总, 审核明细, 审核信息 across every file. */
  readonly summary?: string;
  /** The check's time stamp as given (--checked-at); else SOURCE_DATE_EPOCH, else now (see checkTime.ts). */
  readonly checkedAt?: string;
}

import { EXIT, type Io } from "./io";

/**
 * Rows from which a copy surely has a part large enough for the deflate thread (THREAD_PIECE_BYTES): the
 * table's sheet alone has some 500 bytes of XML a row, and 审核明细 as much again.
 */
export const EARLY_DEFLATE_THREAD_ROWS = 2_000;

export { EXIT, type Io };

export { outputPathFor } from "./batchFiles";

/** Why an output was not written, as one of the command line's failures (usageWords.ts words it). */
function writeProblem(e: unknown, code: "COPY_NOT_WRITTEN" | "SUMMARY_NOT_WRITTEN"): OutputProblem {
  if (e instanceof OutputRefused || e instanceof OutputFailed || e instanceof FolderNotMade) return e.problem;
  if (e instanceof AnnotateError) return { code, detail: { zh: e.zh, en: e.en } };
  const message = e instanceof Error ? e.message : String(e);
  return { code, detail: { zh: message, en: message } };
}

/** What is at a copy's name now, for a check of `input` (see OutputState). */
function existingOutput(output: string, input: string): OutputState {
  if (!existsSync(output)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(output, MAX_COPY_BYTES);
  } catch {
    // A link, a pipe, a folder, a file too large to be a copy: not ours (the writer says which).
    return "foreign";
  }
  const state = copyState(bytes, sourceOf(input));
  return state === "unchanged" ? "replace" : state === "not-ours" ? "foreign" : state;
}

export function runCheck(paths: readonly string[], options: CheckCommandOptions, io: Io): number {
  installNodeCodec();
  const progress = startProgress(io, options.lang, !options.quiet);
  // The bar redraws on a timer: it is stopped however the check ends, or it would keep the process alive.
  try {
    return checkWith(progress, paths, options, io);
  } finally {
    progress.stop();
  }
}

function checkWith(progress: Progress, paths: readonly string[], options: CheckCommandOptions, io: Io): number {
  const checkedAt = checkTimeOf(options.checkedAt, process.env.SOURCE_DATE_EPOCH);
  const settings: CheckSettings = parseRates(options.rate);
  const loadedHistory = options.history ? loadHistory(options.history, options.lang, io.stderr) : null;
  const history: HistoryEntry[] = loadedHistory?.entries ?? [];

  const words = outputWords(options.lang);
  const colon = options.lang === "zh" ? "：" : ": ";
  // Each input is opened once: the plan's questions, the reader, the macro check and the writer share it.
  const packages = new InputPackages();
  const chosen = planBatch(paths, options.out, {
    isOurOutput: (path) => writtenByUs(packages, path, isLygipOutput),
    isOurSummary: (path) => writtenByUs(packages, path, isLygipSummary),
    stateOf: existingOutput,
  });
  for (const s of chosen.skipped) io.stderr(`${inert(words.skipped(s))}\n`);
  packages.keepOnly(chosen.inputs.map((b) => b.path));
  const outputOf = new Map(chosen.inputs.map((b) => [b.path, b]));

  // Copies to write: the heap is kept close to what the check holds (heapGrowth.ts says why). A check that
  // writes nothing keeps V8's own growth, which is faster; so does a process that runs the command line
  // in-process (its heap is not ours to tune).
  const heapBound = io.ownsProcess && options.write;
  if (heapBound) boundHeapGrowth();
  const { read, copyFrom } = loadAll(chosen.inputs.map((b) => b.path), packages, progress);

  const readable = read.filter((f): f is ReadFile => f.ok);
  const rowsRead = readable.reduce((n, f) => n + f.rows.length, 0);
  progress.checking(rowsRead);
  // The deflate thread starts while the rows are checked, on the other core: started with the copy's first
  // large piece, it took 0.1-0.2 s to be ready, the main thread deflating in its place meanwhile.
  if (options.write && rowsRead >= EARLY_DEFLATE_THREAD_ROWS) deflateThread.startNow();
  const fileName = (index: number) => chosen.inputs[index]?.path;
  const checked = checkTables(readable.map((f) => f.table), { settings, history, separate: options.separate, fileName, historyFile: options.history });
  const resultsOf = new Map<ReadFile, RowResult[]>(readable.map((f, i) => [f, checked[i]!]));
  // The cells read are let go: collected now, not when the heap reaches the limit they raised.
  if (heapBound && readable.length > 0) collectGarbage();

  // --out naming a file (or anything but a folder): said once, before any copy is tried.
  const outBlocked = options.write && options.out !== undefined && existsSync(options.out) && !statSync(options.out).isDirectory();
  if (outBlocked) {
    progress.stop();
    io.stderr(`${usageText({ code: "OUT_NOT_FOLDER", out: options.out! }, options.lang)}\n`);
  }

  const historyUsed = options.history ? { file: options.history, entries: history.length } : undefined;
  const info = checkInfoOf(read, checkedAt, settings, historyUsed);
  let exit: number = EXIT.clean;
  const files: FileJson[] = [];
  const all: RowResult[] = [];
  // Under --json a file's rows are made as they are written out (each row's JSON is about 700 bytes).
  const deferred = new Map<unknown, { length: number; items: () => Iterable<RowJson> }>();
  read.forEach((file, index) => {
    if (!file.ok) {
      exit = EXIT.usage;
      files.push(unreadableFileJson(file.path, file.issue, options.lang, file));
      return;
    }
    const results = resultsOf.get(file)!;
    // One at a time: spreading a file's rows into push overflows the stack past ~125,000 rows.
    for (const r of results) all.push(r);
    let output: string | null = null;
    // The input's bytes are let go once its copy is written (or not written).
    const from = copyFrom[index]!;
    copyFrom[index] = undefined;
    if (outBlocked) exit = EXIT.usage;
    else if (options.write) {
      // A workbook with macros keeps the extension that matches its content (an .xlsx name would not open).
      const planned = outputOf.get(file.path)!.output;
      const target = isMacroWorkbook(from.opened) ? planned.replace(/\.xlsx$/, ".xlsm") : planned;
      progress.writing(files.length + 1, read.length, basename(target));
      try {
        makeFolderFor(target);
        writeCopy(target, file, from, results, { lang: options.lang, fileLabel: basename(file.path), info }, heapBound ? collectGarbage : undefined);
        output = target;
        const beside = outputOf.get(file.path)?.beside;
        if (beside) io.stderr(`${inert(words.beside(beside.path, beside.state, target))}\n`);
      } catch (e) {
        exit = EXIT.usage;
        progress.stop();
        io.stderr(`${inert(file.path)}${colon}${usageText(writeProblem(e, "COPY_NOT_WRITTEN"), options.lang)}\n`);
      }
    }
    if (options.json) {
      const rows: RowJson[] = [];
      deferred.set(rows, { length: results.length, items: () => rowsJsonOf(file.layout, results, fileName) });
      files.push(checkedFileJson(file.path, file.layout, results, output, fileName, rows));
    } else {
      // The readable summary lists the rows' messages and prints totals: only the rows with messages are
      // made (100,000 rows' JSON is about 110 MB, most of it rows with nothing to say).
      const rows = [...rowsJsonOf(file.layout, results.filter((r) => r.issues.length > 0), fileName)];
      files.push(checkedFileJson(file.path, file.layout, results, output, fileName, rows));
    }
  });

  if (options.summary) {
    const target = summaryPathOf(options.summary);
    try {
      if (partOfRun(chosen, target)) throw new OutputRefused(target, "in-run");
      writeBatchSummary(target, all, (index) => fileName(index) ?? "", info, (b) => {
        const state = copyState(b);
        return state === "unchanged" ? true : state === "changed" ? "changed" : false;
      });
      progress.stop();
      io.stderr(`${inert(words.summaryWritten(target))}\n`);
    } catch (e) {
      exit = EXIT.usage;
      progress.stop();
      io.stderr(`${inert(target)}${colon}${usageText(writeProblem(e, "SUMMARY_NOT_WRITTEN"), options.lang)}\n`);
    }
  }
  progress.stop();
  const summary = summarise(all);
  const report = reportJson(files, summary, {
    checkedAt, settings,
    history: options.history ? { file: options.history, entries: history.length, leftOut: loadedHistory?.leftOut ?? 0 } : null,
  });
  printReport(report, io, options, toChineseMoney(summary.approvable), deferred);
  // Rev. 3: 0 only where every row is 通过; a row 核减, 不予支持 or 待核实 is exit 1.
  if (exit === EXIT.clean && summary.approved < summary.rows) exit = EXIT.rowErrors;
  return exit;
}

/** A file read and its table found, without the package its copy is made from (CopySource). */
type ReadFile = Omit<Extract<LoadedFile, { ok: true }>, "opened" | "spans">;

/**
 * What a file's copy is made from: the input as the reader opened it, and where it found its table's rows
 * (taken by the copy's writer, which lets them go once the table's sheet is written).
 */
interface CopySource {
  readonly opened: OpenedPackage;
  spans?: SheetAsRead;
}

/** The file at `path` is one lygip wrote (`test`); false for a file that cannot be read or opened. */
function writtenByUs(packages: InputPackages, path: string, test: (opened: OpenedPackage) => boolean): boolean {
  try {
    return test(packages.of(path));
  } catch {
    return false;
  }
}

/**
 * Every input read, in order; the bytes of each readable one kept apart (`copyFrom`, by input), so that the
 * caller can let each go once its copy is written rather than hold every input to the end of the batch.
 */
function loadAll(paths: readonly string[], packages: InputPackages, progress: Progress): {
  read: (ReadFile | Extract<LoadedFile, { ok: false }>)[]; copyFrom: (CopySource | undefined)[];
} {
  const copyFrom: (CopySource | undefined)[] = [];
  const read = paths.map((path, i) => {
    progress.reading(i + 1, paths.length, basename(path));
    // One file keeps what the reader inflated for its writer; a batch of several lets it go as each is read.
    const loaded = loadFile(path, i, () => packages.take(path), paths.length === 1);
    if (!loaded.ok) return loaded;
    const { opened, spans, ...rest } = loaded;
    copyFrom[i] = spans ? { opened, spans } : { opened };
    return rest;
  });
  return { read, copyFrom };
}

/**
 * The copy streamed into its temporary file (never held whole in memory), its plan handed over to the writer,
 * which makes each of our sheets as it comes to it and lets each go once it is written. A function of its
 * own, so nothing of the plan outlives it.
 */
function writeCopy(
  target: string, file: ReadFile, from: CopySource, results: readonly RowResult[], plan: PlanOptions, letGo: (() => void) | undefined,
): void {
  const handOver: PlanHandOver = { staged: stageTable(file.table, results, plan), ...(letGo ? { letGo } : {}), ...(from.spans ? { read: from.spans } : {}) };
  from.spans = undefined;
  const { opened } = from;
  const source = sourceOf(file.path);
  writeAtomicallyFrom(target, (sink) => annotateHandedOver(opened, handOver, sink, undefined, source), (b) => copyState(b, source) === "unchanged");
}
