/**
 * The page: four numbered steps as in the task pane — the workbooks (dropped or chosen, one batch), the
 * optional settings (history file, the year's rates as ITEM=RATE lines), the check (in a worker, with its
 * progress and a cancel), and the results with their downloads. Text is set through React, never as HTML.
 */
import {
  Body1, Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Subtitle1, Textarea, tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import type { Lang } from "../../engine";
import { PAGE_TEXTS } from "../texts";
import type { PageParams } from "../pageParams";
import { checkInWorker, startSpareWorker, type RunningCheck, type RunOutcome } from "../worker/startWorker";
import type { NamedBytes, Progress } from "../worker/protocol";
import { Results } from "./Results";
import { Step } from "../../ui";

async function bytesOf(file: File): Promise<NamedBytes> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function Page({ params }: { params: PageParams }) {
  const [lang, setLang] = useState<Lang>(params.lang ?? "zh");
  const t = PAGE_TEXTS[lang];
  const [files, setFiles] = useState<File[]>([]);
  const [history, setHistory] = useState<File | null>(null);
  const [rates, setRates] = useState("");
  const [running, setRunning] = useState<RunningCheck | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const [needFiles, setNeedFiles] = useState(false);
  // The last check, which may still be writing its JSON report after its results are shown.
  const last = useRef<RunningCheck | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const historyPicker = useRef<HTMLInputElement>(null);

  // The first check's worker starts with the page, each next one when a check ends: none waits for its start.
  useEffect(() => startSpareWorker(), []);

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = t.title;
  }, [lang, t.title]);

  const add = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setFiles((current) => [...current, ...Array.from(list)]);
    setNeedFiles(false);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    add(e.dataTransfer.files);
  };

  const check = async () => {
    if (files.length === 0) {
      setNeedFiles(true);
      return;
    }
    // Its results are about to be replaced: a report it may still be writing is not wanted.
    last.current?.cancel();
    setOutcome(null);
    setProgress(null);
    const request = {
      files: await Promise.all(files.map(bytesOf)),
      ...(history ? { history: await bytesOf(history) } : {}),
      rates: rates.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ""),
      lang,
      ...(params.checkedAt ? { checkedAt: params.checkedAt } : {}),
      ...(params.folder ? { folder: params.folder } : {}),
    };
    const run = checkInWorker(request, setProgress);
    last.current = run;
    setRunning(run);
    const result = await run.outcome;
    setRunning(null);
    setOutcome(result);
    startSpareWorker();
  };

  const fraction = progressFraction(progress);
  return (
    <div style={{ maxWidth: 960, margin: "0 auto", padding: "16px 16px 32px", boxSizing: "border-box" }}>
      <header style={{ display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: 8, marginBottom: 12 }}>
        <Subtitle1 as="h1" style={{ margin: 0, flex: "1 1 auto" }}>{t.title}</Subtitle1>
        <Button appearance="subtle" size="small" onClick={() => setLang(lang === "zh" ? "en" : "zh")} data-testid="language">
          {t.otherLanguage}
        </Button>
        <Caption1 style={{ flexBasis: "100%", color: tokens.colorNeutralForeground2 }}>{t.subtitle}</Caption1>
      </header>

      <Step roomy n={1} title={t.filesStep} testId="files">
        <div
          data-testid="drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{
            border: `2px dashed ${dragging ? tokens.colorBrandStroke1 : tokens.colorNeutralStroke1}`, borderRadius: 6,
            padding: 16, textAlign: "center", background: dragging ? tokens.colorBrandBackground2 : tokens.colorNeutralBackground2,
          }}
        >
          <Body1>{t.drop} </Body1>
          <Button appearance="primary" size="small" onClick={() => picker.current?.click()} data-testid="pick">{t.pick}</Button>
          <input
            ref={picker} type="file" multiple accept=".xlsx,.xlsm" hidden data-testid="file-input"
            onChange={(e) => {
              add(e.target.files);
              e.target.value = "";
            }}
          />
        </div>
        {files.length > 0 && (
          <div style={{ marginTop: 6 }}>
            <Caption1>{t.chosen(files.length)}</Caption1>
            <ol style={{ margin: "4px 0", paddingLeft: 22, overflowWrap: "anywhere" }} data-testid="chosen">
              {files.map((f, i) => (
                <li key={`${i}-${f.name}`}>
                  <Body1>{f.name}</Body1>{" "}
                  <Button appearance="transparent" size="small" onClick={() => setFiles(files.filter((_, j) => j !== i))}>{t.remove}</Button>
                </li>
              ))}
            </ol>
            <Button size="small" onClick={() => setFiles([])}>{t.clearFiles}</Button>
          </div>
        )}
        {needFiles && <MessageBar intent="warning"><MessageBarBody>{t.needFiles}</MessageBarBody></MessageBar>}
      </Step>

      <Step roomy n={2} title={t.settingsStep} testId="settings">
        <Field label={t.history}>
          <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 8 }}>
            <Button size="small" onClick={() => historyPicker.current?.click()}>{t.pickHistory}</Button>
            <Body1 data-testid="history-name" style={{ overflowWrap: "anywhere" }}>{history ? history.name : t.noHistory}</Body1>
            {history && <Button appearance="transparent" size="small" onClick={() => setHistory(null)}>{t.remove}</Button>}
          </div>
        </Field>
        <input
          ref={historyPicker} type="file" accept=".xlsx,.csv" hidden data-testid="history-input"
          onChange={(e) => {
            setHistory(e.target.files?.[0] ?? null);
            e.target.value = "";
          }}
        />
        <Field label={t.rates} style={{ marginTop: 8 }}>
          <Textarea value={rates} onChange={(_, d) => setRates(d.value)} rows={2} data-testid="rates" />
        </Field>
      </Step>

      <Step roomy n={3} title={t.checkStep} testId="check-step">
        <div style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center" }}>
          <Button appearance="primary" onClick={() => void check()} disabled={running !== null} data-testid="check">{t.check}</Button>
          {running && <Button onClick={() => running.cancel()} data-testid="cancel">{t.cancel}</Button>}
        </div>
        {running && (
          <div style={{ marginTop: 8 }} data-testid="progress">
            <ProgressBar value={fraction ?? undefined} thickness="large" />
            <Caption1>{progress ? t.progress(progress.step, progress.done, progress.total, progress.name) : t.progress("reading", 0, files.length)}</Caption1>
          </div>
        )}
        {outcome?.kind === "cancelled" && <MessageBar intent="info" data-testid="cancelled"><MessageBarBody>{t.cancelled}</MessageBarBody></MessageBar>}
        {outcome?.kind === "refused" && (
          <MessageBar intent="error" layout="multiline" data-testid="refused"><MessageBarBody>{outcome.problem[lang]}</MessageBarBody></MessageBar>
        )}
        {outcome?.kind === "failed" && (
          <MessageBar intent="error" layout="multiline" data-testid="failed"><MessageBarBody>{t.failed(outcome.message)}</MessageBarBody></MessageBar>
        )}
      </Step>

      {outcome?.kind === "done" && <Results result={outcome.result} written={outcome.written} json={outcome.json} lang={lang} />}
      <Caption1 style={{ display: "block", marginTop: 16, color: tokens.colorNeutralForeground3 }}>{t.offline}</Caption1>
    </div>
  );
}

/** Reading and writing move the bar file by file; the check itself is one step between them. */
function progressFraction(p: Progress | null): number | null {
  if (!p) return 0;
  const share = p.total > 0 ? p.done / p.total : 0;
  switch (p.step) {
    case "reading":
      return 0.4 * share;
    case "checking":
      return 0.4 + 0.1 * share;
    case "writing":
      return 0.5 + 0.4 * share;
    case "summary":
      return 0.9;
  }
}
