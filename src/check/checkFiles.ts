/**
 * A batch checked from files in memory, for a host without a file system (a browser page's Web Worker):
 * each file's name and bytes in; the JSON report (REPORT.md, schema 1, as `lygip check --json` gives it),
 * each readable file's annotated copy and, when asked, the batch workbook out, all as bytes. The same steps
 * as the command line's check (src/cli/checkCommand.ts) with the same building blocks, so given the same
 * inputs (names, time, settings, source) the report is the same bytes and the copies are the same workbooks
 * part for part: the codec keeps the host out of every part (only the deflated bytes are the host's own).
 */
import {
  reportJson, summarise, type CheckSettings, type Summary, type FileJson, type HistoryEntry, type Lang, type ReportJson, type RowJson,
  type RowResult, type Verdict,
} from "../engine";
import { LIMITS } from "../workbook";
import { unreadable, unreadableOf } from "./unreadable";
import { openOnce, openWorkbook, type OpenedPackage } from "../workbook/node";
import { AnnotateError, annotateXlsxStaged, isMacroWorkbook, type SheetAsRead } from "../writer";
import { batchSummaryXlsx, checkInfoOf } from "./batchSummary";
import { checkedFileJson, rowsJsonOf, unreadableFileJson } from "./batchReport";
import { cachedSource } from "./source";
import { checkTables, problemsOf, readTable, stageTable, type ProblemRef, type TableRead } from "./pipeline";

export interface NamedFile {
  /** The file's name as the user chose it (shown in the report, the copy and the batch workbook). */
  readonly name: string;
  readonly bytes: Uint8Array;
  /**
   * The file opened once (openOnce over `bytes`), where the host has opened it already to ask something of
   * it (whether lygip wrote it); by default it is opened here. Either way the reader, the macro check and the
   * writer of its copy share the one package.
   */
  readonly open?: () => OpenedPackage;
}

export interface CheckFilesOptions {
  /** The language of the report's messages and of the copies' text; default zh. */
  readonly lang?: Lang;
  readonly settings?: CheckSettings;
  readonly history?: readonly HistoryEntry[];
  /** The history file's name as shown (report and 审核信息), when a history was given. */
  readonly historyName?: string;
  /** Each file checked alone rather than the files as one batch. */
  readonly separate?: boolean;
  /** Annotated copies made; default true. */
  readonly copies?: boolean;
  /** The batch workbook made; default false. */
  readonly summary?: boolean;
  /** When the check ran; default now. */
  readonly checkedAt?: Date;
  /** How many rows of the history file were left out (a year before the policy's), for the report. */
  readonly historyLeftOut?: number;
  /** Told as the batch goes: files read, the check, copies made, the batch workbook. */
  readonly progress?: (p: CheckProgress) => void;
  /**
   * What the copy records as the file it came from (the command line: a digest of the input's path, so a
   * copy at a name is replaced only by a check of the same file); default none.
   */
  readonly sourceOf?: (file: NamedFile, index: number) => string | undefined;
  /**
   * Told once the batch is checked, before any copy is written: a host may show the results while the copies
   * are made (the page). Each file's `output` is then still null.
   */
  readonly checked?: (batch: CheckedBatch) => void;
}

/** The batch as checked, before its copies are written (CheckFilesOptions.checked). */
export interface CheckedBatch {
  readonly files: readonly FileOutcome[];
  readonly totals: Summary;
  /** Each readable file's problems, where copies are to be made (as CheckedFiles.problems). */
  readonly problems: readonly FileProblems[];
}

export interface CheckProgress {
  readonly step: "reading" | "checking" | "writing" | "summary";
  /** Files done of `total` in this step (checking and summary: 0 of 1, then 1). */
  readonly done: number;
  readonly total: number;
  readonly name?: string;
}

/** A readable file's messages as a host lists them (each naming its cell), with each row's verdict. */
export interface FileProblems {
  readonly file: number;
  readonly problems: readonly ProblemRef[];
  readonly verdicts: ReadonlyMap<number, Verdict>;
}

export interface CheckedCopy {
  /** Index of the input file. */
  readonly file: number;
  /** `<name>.checked.xlsx` (.xlsm for a workbook with macros), numbered where two would be the same. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file's entry in the report without its rows: what a host shows before the report is made. */
export type FileOutcome = Omit<FileJson, "rows">;

export interface CheckedFiles {
  /**
   * The JSON report. Its rows (most of its bytes, each with its explanation in words) are made the first time
   * it is read, not with the check: a host that shows the results first makes it afterwards (the page).
   */
  readonly report: ReportJson;
  /** Each file as the report gives it, in the order of the files, without its rows. */
  readonly files: readonly FileOutcome[];
  readonly copies: readonly CheckedCopy[];
  /** Copies that could not be made, with why (in `lang`); their file's `output` is null. */
  readonly copyFailures: readonly { readonly file: number; readonly message: string }[];
  readonly summary?: Uint8Array;
  /** The batch's sums (summarise over every row checked), the report's totals before they are formatted. */
  readonly totals: Summary;
  /** Each readable file's problems, in the order of the files (where copies were made). */
  readonly problems: readonly FileProblems[];
}

type Loaded = { readonly file: NamedFile; readonly read: TableRead; readonly opened?: OpenedPackage; readonly spans?: SheetAsRead };

export function checkFiles(files: readonly NamedFile[], options: CheckFilesOptions = {}): CheckedFiles {
  const lang = options.lang ?? "zh";
  const checkedAt = options.checkedAt ?? new Date();
  const history = options.history ?? [];
  const fileName = (index: number) => files[index]?.name;

  const progress = options.progress ?? (() => {});
  // One file keeps what the reader inflated for the writer of its copy; a batch of several (or a check
  // without copies) lets it go as each is read, so it never holds every file's sheets at once.
  const keep = files.length === 1 && options.copies !== false;
  const loaded: Loaded[] = files.map((file, i) => {
    progress({ step: "reading", done: i, total: files.length, name: file.name });
    return { file, ...readFile(file, i, keep) };
  });
  progress({ step: "checking", done: 0, total: 1 });
  const readable = loaded.flatMap((l) => (l.read.ok ? [l.read] : []));
  const checked = checkTables(readable, {
    settings: options.settings, history, separate: options.separate, fileName, historyFile: options.historyName,
  });
  const resultsOf = new Map<TableRead, RowResult[]>(readable.map((t, i) => [t, checked[i]!]));
  progress({ step: "checking", done: 1, total: 1 });

  const historyUsed = options.historyName !== undefined ? { file: options.historyName, entries: history.length } : undefined;
  const info = checkInfoOf(
    loaded.map(({ file, read }) =>
      read.ok ? { ok: true, name: file.name, layout: read.layout, rows: read.rows } : { ok: false, name: file.name, issue: read.issue }),
    checkedAt, options.settings, historyUsed,
  );

  const problems: FileProblems[] = [];
  const reported: FileJson[] = [];
  // Each checked file's rows as the report gives them, by its place in `reported` (the file's): made with the report.
  const rowsOf = new Map<number, () => RowJson[]>();
  const all: RowResult[] = [];
  for (const [index, { file, read }] of loaded.entries()) {
    if (!read.ok) {
      reported.push(unreadableFileJson(file.name, read.issue, lang, read));
      continue;
    }
    const results = resultsOf.get(read)!;
    for (const r of results) all.push(r);
    if (options.copies !== false) {
      problems.push({ file: index, problems: problemsOf(results, read.layout), verdicts: new Map(results.map((r) => [r.ref.row, r.verdict])) });
    }
    rowsOf.set(index, () => [...rowsJsonOf(read.layout, results, fileName)]);
    // Its copy's name is set once the copy is written.
    reported.push(checkedFileJson(file.name, read.layout, results, null, fileName, []));
  }
  const totals = summarise(all);
  options.checked?.({ files: reported.map(withoutRows), totals, problems });

  const taken = new Set<string>();
  const copies: CheckedCopy[] = [];
  const copyFailures: { file: number; message: string }[] = [];
  if (options.copies !== false) {
    loaded.forEach(({ file, read, opened, spans }, index) => {
      if (!read.ok) return;
      progress({ step: "writing", done: index, total: files.length, name: file.name });
      try {
        // Asked before the copy is made: the writer lets the input's parts go once it has written the copy.
        const macro = isMacroWorkbook(opened ?? file.bytes);
        // Handed over: the writer makes each of our sheets as it comes to it and lets it go once written.
        // Spliced from the rows' spans the reader recorded, as the command line's copy is: the sheet is not parsed again.
        const staged = stageTable(read, resultsOf.get(read)!, { lang, fileLabel: file.name, info });
        const bytes = annotateXlsxStaged(opened ?? file.bytes, { staged }, options.sourceOf?.(file, index), spans);
        const output = copyName(file, macro, taken);
        copies.push({ file: index, name: output, bytes });
        reported[index] = { ...reported[index]!, output };
      } catch (e) {
        copyFailures.push({ file: index, message: e instanceof AnnotateError ? (lang === "zh" ? e.zh : e.en) : e instanceof Error ? e.message : String(e) });
      }
    });
  }

  const meta = { checkedAt, settings: options.settings, history: historyUsed ? { ...historyUsed, leftOut: options.historyLeftOut ?? 0 } : null };
  let report: ReportJson | undefined;
  const outcomes = reported.map(withoutRows);
  if (options.summary) progress({ step: "summary", done: 0, total: 1 });
  const summary = options.summary ? batchSummaryXlsx(all, (i) => fileName(i) ?? "", info) : undefined;
  return {
    get report() {
      return (report ??= reportJson(reported.map((f, i) => ({ ...f, rows: rowsOf.get(i)?.() ?? f.rows })), totals, meta));
    },
    files: outcomes, totals, copies, copyFailures, problems, ...(summary ? { summary } : {}),
  };
}

function withoutRows({ rows: _none, ...file }: FileJson): FileOutcome {
  return file;
}

/**
 * One file's table, or why it cannot be read (a reader refusal, or anything else the reader threw); with
 * where the table sheet's rows lie in its part, as read, for the writer of its copy.
 */
function readFile(file: NamedFile, index: number, keep: boolean): { read: TableRead; opened?: OpenedPackage; spans?: SheetAsRead } {
  // As the command line refuses a file over the input limit before reading it, in the same words.
  if (file.bytes.length > LIMITS.maxInputBytes) {
    return { read: { ok: false, issue: unreadable("too-large", { d: "input-too-large", bytes: file.bytes.length, max: LIMITS.maxInputBytes }) } };
  }
  try {
    const opened = (file.open ?? openOnce(file.bytes))();
    const workbook = openWorkbook(opened);
    const read = readTable(cachedSource(workbook), index, { verify: () => workbook.verifyParts() });
    if (!read.ok) return { read };
    if (keep) workbook.releaseSheetsBut(read.layout.sheet);
    else opened.release();
    const spans = workbook.rowSpans(read.layout.sheet);
    return { read, opened, ...(spans ? { spans: { sheet: read.layout.sheet, spans } } : {}) };
  } catch (e) {
    return { read: { ok: false, issue: unreadableOf(e) } };
  }
}

/** The copy's name, as the command line names it beside its input: numbered where it would repeat. */
function copyName(file: NamedFile, macro: boolean, taken: Set<string>): string {
  const base = file.name.replace(/\.[^./\\]*$/, "");
  const ext = macro ? ".xlsm" : ".xlsx";
  let name = `${base}.checked${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${base}（${n}）.checked${ext}`;
  taken.add(name);
  return name;
}
