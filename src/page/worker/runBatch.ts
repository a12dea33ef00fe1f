/**
 * One batch in the browser, as `lygip check FILE... --out DIR --summary F --json` runs it: the files read
 * and checked as one batch through src/check (the command line's pipeline), each one's annotated copy, the
 * batch workbook and the JSON report as bytes — the same bytes the command line writes for the same inputs,
 * settings and time stamp (or only the copies, or only the batch workbook: request.share). Runs in the page's worker; plain TypeScript, so a unit test runs it in Node.
 * The results are told as soon as the batch is checked (`checked`), and the JSON report is made only when asked
 * for (`json`): the page shows the results while the copies, the batch workbook and the report are made.
 */
import { VERDICTS, historyIssueText, render, type CheckSettings, type HistoryEntry, type Lang, type Verdict } from "../../engine";
import { checkFiles, historyGridOf, settingsOfRateSpecs, unreadableOf, type CheckedBatch, type CheckedFiles, type RateSpecProblem } from "../../check";
import { otherTablesNote, shownTotals } from "../../output";
import { readHistory } from "../../workbook";
import { isLygipSummary } from "../../writer";
import { openOnce } from "../../workbook/node";
import { PAGE_TEXTS, type RateWordsProblem } from "../texts";
import { JSON_NAME, SUMMARY_NAME, type BatchRequest, type CheckedResult, type FileOut, type NamedBytes, type ProblemOut, type Progress, type Words, type WorkerResult } from "./protocol";
import { sourceOf } from "./sourceOf";
import { utf8Whole } from "./utf8Whole";

export type BatchOutcome =
  | {
      readonly ok: true;
      readonly result: WorkerResult;
      /** The JSON report, made when called: what `--json` writes to a file or a pipe, the compact report and a newline. */
      readonly json: () => NamedBytes;
    }
  | { readonly ok: false; readonly problem: Words };

export { JSON_NAME, SUMMARY_NAME };

function both(word: (lang: Lang) => string): Words {
  return { zh: word("zh"), en: word("en") };
}

/**
 * `checked`: told once the batch is checked, before its copies and batch workbook are written, with the
 * results as the page shows them (the files without their copies): the page shows them meanwhile.
 */
export function runBatch(request: BatchRequest, progress: (p: Progress) => void = () => {}, checked?: (result: CheckedResult) => void): BatchOutcome {
  const rates = settingsOfRateSpecs(request.rates);
  if (!rates.ok) return { ok: false, problem: both((l) => PAGE_TEXTS[l].rateProblem(rateWords(rates.problem))) };
  const settings: CheckSettings = rates.settings;

  let history: { entries: HistoryEntry[]; leftOut: number } | null = null;
  if (request.history) {
    const read = historyOf(request.history);
    if (!read.ok) return { ok: false, problem: read.problem };
    history = read.value;
  }

  // A batch workbook lygip wrote is never an application (the command line skips it too). Each file is
  // opened once: the question asked here and the check share its package.
  const files = request.files.map((f) => ({ ...f, open: openOnce(f.bytes) }));
  const inputs = files.filter((f) => !safely(() => isLygipSummary(f.open())));
  const skipped = files.filter((f) => !inputs.includes(f));
  const historyShown = request.history && history ? { history: { name: request.history.name, entries: history.entries.length, leftOut: history.leftOut } } : {};

  // The files as the page lists them: each checked one with its copy (or why it has none), then those skipped.
  const filesOut = (batch: CheckedBatch, copies: CheckedFiles["copies"] = [], copyFailures: CheckedFiles["copyFailures"] = []): FileOut[] => {
    const outs: FileOut[] = batch.files.map((f, index) => {
      const name = inputs[index]!.name;
      if (f.error) {
        const message = f.error.message;
        // The report is in the page's language; the other language's words come from the same catalogs.
        return { name, rows: 0, problem: { zh: PAGE_TEXTS.zh.fileProblem(name, message), en: PAGE_TEXTS.en.fileProblem(name, message) } };
      }
      const copy = copies.find((c) => c.file === index);
      const failure = copyFailures.find((c) => c.file === index);
      return {
        name, sheet: f.sheet ?? undefined, rows: f.totals.rows,
        ...(copy ? { copy: { name: copy.name, bytes: copy.bytes } } : {}),
        ...(failure ? { problem: both((l) => PAGE_TEXTS[l].fileProblem(name, PAGE_TEXTS[l].noCopy(failure.message))) } : {}),
        verdicts: Object.fromEntries(VERDICTS.map((v) => [v, f.totals[v]])) as Record<Verdict, number>,
        ...(f.otherTables ? { otherTables: both((l) => otherTablesNote(f.otherTables!, l)) } : {}),
      };
    });
    for (const f of skipped) outs.push({ name: f.name, rows: 0, skipped: true, problem: both((l) => PAGE_TEXTS[l].fileProblem(f.name, PAGE_TEXTS[l].skipped)) });
    return outs;
  };
  // The results as the page shows them: the same whether told before the copies are written or after.
  const shown = (batch: CheckedBatch): Omit<CheckedResult, "files"> => {
    const problems: ProblemOut[] = [];
    for (const f of batch.problems) {
      for (const p of f.problems) problems.push({ ...p, file: f.file, verdict: f.verdicts.get(p.row) ?? "approved" });
    }
    return { totals: shownTotals(batch.totals), problems, ...historyShown };
  };
  let shownEarly: Omit<CheckedResult, "files"> | undefined;

  const result = checkFiles(inputs, {
    lang: request.lang, settings, progress,
    summary: request.share !== "copies", copies: request.share !== "summary",
    ...(request.checkedAt ? { checkedAt: new Date(request.checkedAt) } : {}),
    ...(request.history && history ? { history: history.entries, historyName: request.history.name, historyLeftOut: history.leftOut } : {}),
    sourceOf: (file) => sourceOf(file.name, request.folder),
    ...(checked ? {
      checked: (batch: CheckedBatch) => {
        shownEarly = shown(batch);
        checked({ files: filesOut(batch), ...shownEarly });
      },
    } : {}),
  });

  return {
    ok: true,
    result: {
      files: filesOut(result, result.copies, result.copyFailures), ...(shownEarly ?? shown(result)),
      ...(result.summary ? { summary: { name: SUMMARY_NAME, bytes: result.summary } } : {}),
    },
    json: () => ({ name: JSON_NAME, bytes: utf8Whole(`${JSON.stringify(result.report)}\n`) }),
  };
}

function historyOf(file: NamedBytes): { ok: true; value: { entries: HistoryEntry[]; leftOut: number } } | { ok: false; problem: Words } {
  const fail = (detail: (l: Lang) => string) => ({ ok: false as const, problem: both((l) => PAGE_TEXTS[l].historyProblem(file.name, detail(l))) });
  let grid;
  try {
    const read = historyGridOf(file.bytes, file.name);
    if (read.unclosedLines.length) return fail((l) => PAGE_TEXTS[l].historyUnclosed(read.unclosedLines));
    grid = read.grid;
  } catch (e) {
    const issue = unreadableOf(e);
    return fail((l) => render(issue, l));
  }
  const { entries, issues, skipped } = readHistory(grid);
  if (issues.length > 0) {
    const first = issues[0]!;
    return fail((l) => PAGE_TEXTS[l].historyRows(issues.length, PAGE_TEXTS[l].historyRow(first.row, historyIssueText(first.issue, l))));
  }
  return { ok: true, value: { entries, leftOut: skipped.length } };
}

function rateWords(p: RateSpecProblem): RateWordsProblem {
  switch (p.kind) {
    case "shape":
    case "unknown":
      return p;
    case "notNumber":
      return { kind: "notNumber", text: p.text };
    case "notRate":
      return { kind: "notRate", code: p.item.code, name: p.item.name, nameEn: p.item.nameEn };
    case "fixed":
      return { kind: "fixed", code: p.item.code, rate: p.rate, clause: p.item.clause };
    case "above":
      return { kind: "above", code: p.item.code, rate: p.rate, clause: p.item.clause, max: p.max };
  }
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}
