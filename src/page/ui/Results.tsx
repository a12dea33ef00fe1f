/**
 * Step 4, the results as the pane shows them: rows by 审核结论, messages by severity, 申请金额 = 可核定 +
 * 待核实 + 核减 with 大写; then the downloads (each copy, the batch workbook, the JSON report); then the
 * problems grouped by file and row, each naming its cell, filtered by verdict and by file, a page of rows
 * at a time: every problem can be reached, and a batch of any size is shown at once.
 */
import { Body1, Button, Caption1, Field, Link, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from "react";
import { VERDICT_WORDS, VERDICTS, type Lang, type Verdict } from "../../engine";
import { PAGE_TEXTS, type PageTexts } from "../texts";
import { JSON_NAME, SUMMARY_NAME, type CheckedResult, type NamedBytes, type ProblemOut, type Written } from "../worker/protocol";
import { Step, Totals, VERDICT_COLOURS } from "../../ui";

/** Rows (each with all its problems) on one page of the problem list. */
export const PROBLEM_ROWS_PER_PAGE = 50;

/** One row's problems, in the order they were found. */
interface RowProblems {
  readonly file: number;
  readonly row: number;
  readonly problems: ProblemOut[];
}

export function Results({ result, written, json, lang }: {
  result: CheckedResult; written: Promise<Written | null>; json: Promise<NamedBytes | null>; lang: Lang;
}) {
  const t = PAGE_TEXTS[lang];
  const { totals } = result;
  // The copies and the batch workbook come after the results: until then each link says it is being made.
  const outputs = useSettled(written);
  const files = outputs?.files ?? result.files;
  const [verdict, setVerdict] = useState<Verdict | "">("");
  const [file, setFile] = useState<number | "">("");
  const [page, setPage] = useState(0);
  const filtered = useMemo(
    () => result.problems.filter((p) => (verdict === "" || p.verdict === verdict) && (file === "" || p.file === file)),
    [result.problems, verdict, file],
  );
  const rows = useMemo(() => rowsOf(filtered), [filtered]);
  const pages = Math.max(1, Math.ceil(rows.length / PROBLEM_ROWS_PER_PAGE));
  const at = Math.min(page, pages - 1);
  const listed = rows.slice(at * PROBLEM_ROWS_PER_PAGE, (at + 1) * PROBLEM_ROWS_PER_PAGE);
  return (
    <Step roomy n={4} title={t.resultsStep} testId="results">
      <Totals totals={totals} words={{ ...t, verdicts: VERDICT_WORDS[lang] }} lang={lang} maxWidth={560} />
      <Caption1 data-testid="sum-identity">{t.identity}</Caption1>
      {result.history && <Body1 as="p" style={{ margin: "4px 0" }}>{t.historyUsed(result.history.name, result.history.entries, result.history.leftOut)}</Body1>}

      <h3 style={heading}>{t.downloads}</h3>
      {/* Polite: the links that come after the results are announced as each is made. */}
      <ul style={{ margin: 0, paddingLeft: 22, overflowWrap: "anywhere" }} data-testid="downloads" aria-live="polite">
        {files.map((f, i) => (
          <li key={i} data-testid="file-result">
            {f.copy ? <Download file={f.copy} label={t.downloadCopy(f.copy.name)} kind="copy" />
              : f.sheet !== undefined && !f.problem ? <Later state={outputs} making={t.copyMaking(f.name)} lost={t.copyLost(f.name)} kind="copy" />
              : <Body1>{f.name}</Body1>}
            {f.sheet !== undefined && <Caption1>{` · ${t.fileRows(f.rows, f.sheet)}`}</Caption1>}
            {f.problem && (
              <MessageBar intent={f.skipped ? "info" : "error"} layout="multiline" data-testid="file-problem">
                <MessageBarBody>{f.problem[lang]}</MessageBarBody>
              </MessageBar>
            )}
            {f.otherTables && (
              <MessageBar intent="warning" layout="multiline" data-testid="other-tables">
                <MessageBarBody>{f.otherTables[lang]}</MessageBarBody>
              </MessageBar>
            )}
          </li>
        ))}
        <li>
          {outputs?.summary ? <Download file={outputs.summary} label={t.downloadSummary(outputs.summary.name)} kind="summary" />
            : <Later state={outputs === undefined ? undefined : null} making={t.summaryMaking(SUMMARY_NAME)} lost={t.summaryFailed(SUMMARY_NAME)} kind="summary" />}
        </li>
        <li><ReportDownload json={json} t={t} /></li>
      </ul>

      <h3 style={heading}>{t.problems(result.problems.length)}</h3>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 12 }}>
        <Field label={t.filterVerdict}>
          <Select
            value={verdict} data-testid="filter-verdict"
            onChange={(_, d) => {
              setVerdict(d.value as Verdict | "");
              setPage(0);
            }}
          >
            <option value="">{t.all}</option>
            {VERDICTS.map((v) => <option key={v} value={v}>{VERDICT_WORDS[lang][v]}</option>)}
          </Select>
        </Field>
        <Field label={t.filterFile}>
          <Select
            value={file === "" ? "" : String(file)} data-testid="filter-file"
            onChange={(_, d) => {
              setFile(d.value === "" ? "" : Number(d.value));
              setPage(0);
            }}
          >
            <option value="">{t.all}</option>
            {result.files.map((f, i) => (f.sheet !== undefined ? <option key={i} value={String(i)}>{f.name}</option> : null))}
          </Select>
        </Field>
      </div>
      {rows.length > 0 && (
        <Caption1 as="p" style={{ margin: "4px 0" }} data-testid="shown">
          {t.shownRows(at * PROBLEM_ROWS_PER_PAGE + 1, at * PROBLEM_ROWS_PER_PAGE + listed.length, rows.length, filtered.length)}
        </Caption1>
      )}
      {pages > 1 && <Pager at={at} pages={pages} onPage={setPage} t={t} />}
      {result.problems.length === 0 && <Body1 as="p" data-testid="no-problems">{totals.rows === 0 ? t.noRows : t.noProblems}</Body1>}
      <ProblemGroups rows={listed} files={result.files.map((f) => f.name)} t={t} lang={lang} />
    </Step>
  );
}

const heading = { margin: "12px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold } as const;

/** The problems by file, then by row, in the order the files were given and the rows stand. */
function rowsOf(problems: readonly ProblemOut[]): RowProblems[] {
  const byFile = new Map<number, Map<number, RowProblems>>();
  for (const p of problems) {
    const rows = byFile.get(p.file) ?? new Map<number, RowProblems>();
    byFile.set(p.file, rows);
    const row = rows.get(p.row) ?? { file: p.file, row: p.row, problems: [] };
    rows.set(p.row, row);
    row.problems.push(p);
  }
  return [...byFile.values()].flatMap((rows) => [...rows.values()]);
}

/** Moves through the problem list's pages: the one before, any by its number, the one after. */
function Pager({ at, pages, onPage, t }: { at: number; pages: number; onPage: (page: number) => void; t: PageTexts }) {
  return (
    <nav aria-label={t.pages} data-testid="pager" style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center", margin: "4px 0" }}>
      <Button size="small" disabled={at === 0} onClick={() => onPage(at - 1)} data-testid="page-previous">{t.previousPage}</Button>
      <Select size="small" aria-label={t.page} value={String(at)} onChange={(_, d) => onPage(Number(d.value))} data-testid="page-select">
        {Array.from({ length: pages }, (_, i) => <option key={i} value={String(i)}>{t.pageOf(i + 1, pages)}</option>)}
      </Select>
      <Button size="small" disabled={at === pages - 1} onClick={() => onPage(at + 1)} data-testid="page-next">{t.nextPage}</Button>
    </nav>
  );
}

/** One page of rows, under their files' names. */
function ProblemGroups({ rows, files, t, lang }: { rows: readonly RowProblems[]; files: readonly string[]; t: PageTexts; lang: Lang }) {
  const byFile = new Map<number, RowProblems[]>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  return (
    <div data-testid="problems" style={{ overflowWrap: "anywhere" }}>
      {[...byFile.entries()].map(([file, fileRows]) => (
        <section key={file} data-testid="problem-file" data-file={files[file]}>
          <h4 style={{ margin: "8px 0 2px", fontSize: tokens.fontSizeBase300 }}>{t.problemsIn(files[file] ?? "")}</h4>
          {fileRows.map(({ row, problems: list }) => (
            <div key={row} data-testid="problem-row" data-row={row} style={{ margin: "2px 0 6px", paddingLeft: 8, borderLeft: `3px solid ${VERDICT_COLOURS[list[0]!.verdict]}` }}>
              <Caption1 style={{ fontWeight: tokens.fontWeightSemibold }}>{`${t.rowLabel(row)} · ${VERDICT_WORDS[lang][list[0]!.verdict]}`}</Caption1>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {list.map((p, i) => (
                  <li key={i} data-testid="problem" data-cell={p.cell} style={{ color: p.severity === "error" ? tokens.colorPaletteRedForeground1 : tokens.colorStatusWarningForeground1 }}>
                    <Caption1 style={{ fontWeight: tokens.fontWeightSemibold }}>{`${p.sheet}!${p.cell} · ${t.severity[p.severity]}`}</Caption1>
                    <Caption1 style={{ color: tokens.colorNeutralForeground1 }}>{` ${lang === "zh" ? p.zh : p.en}${p.clause ? t.clauseNote(p.clause) : ""}`}</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

/** What a promise has given: undefined until it settles. */
function useSettled<T>(promise: Promise<T | null>): T | null | undefined {
  const [value, setValue] = useState<T | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setValue(undefined);
    void promise.then((made) => current && setValue(made));
    return () => void (current = false);
  }, [promise]);
  return value;
}

/** An output still to come after the results: that it is being made, or (null) that it could not be. */
function Later({ state, making, lost, kind }: { state: unknown; making: string; lost: string; kind: string }) {
  return <Body1 data-testid={state === undefined ? `${kind}-making` : `${kind}-failed`}>{state === undefined ? making : lost}</Body1>;
}

/**
 * The JSON report's link, once the worker has written it (it does so after the results are shown): until then
 * its name and that it is being made; if it could not be made, that.
 */
function ReportDownload({ json, t }: { json: Promise<NamedBytes | null>; t: PageTexts }) {
  const report = useSettled(json);
  if (report) return <Download file={report} label={t.downloadJson(report.name)} kind="json" />;
  return <Later state={report} making={t.jsonMaking(JSON_NAME)} lost={t.jsonFailed(JSON_NAME)} kind="json" />;
}

/**
 * A download link over the bytes the worker made: nothing leaves the browser. The Blob (a copy of the
 * bytes) and its URL are made when the link is about to be used — pointed at, focused, clicked — not for
 * every file when the results are shown; the click's own default action then follows the new address.
 */
function Download({ file, label, kind }: { file: NamedBytes; label: string; kind: string }) {
  const made = useRef<{ file: NamedBytes; url: string } | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => {
    if (made.current) URL.revokeObjectURL(made.current.url);
    made.current = null;
  }, [file]);
  const prepare = (e: SyntheticEvent<HTMLAnchorElement | HTMLButtonElement>) => {
    if (made.current?.file !== file) made.current = { file, url: URL.createObjectURL(new Blob([file.bytes as BlobPart])) };
    (e.currentTarget as HTMLAnchorElement).href = made.current.url;
    setUrl(made.current.url);
  };
  return (
    <Link
      href={url ?? "#"} download={file.name} data-testid={`download-${kind}`} data-name={file.name}
      onPointerEnter={prepare} onFocus={prepare} onContextMenu={prepare} onClick={prepare}
    >
      {label}
    </Link>
  );
}
