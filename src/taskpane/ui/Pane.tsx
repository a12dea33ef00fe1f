/**
 * The task pane, laid out for Excel's narrowest pane (320 px): four numbered steps — the table found, the
 * year's settings, the actions, the results — where the first two fold away once they need nothing, so the
 * results of a check show without scrolling. Plain React over a PaneHost; it never touches Office itself.
 * Text is set through React, never as HTML.
 */
import {
  Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { FieldKey } from "../../engine";
import type { ItemCode } from "../../policy";
import { otherTablesNote } from "../../output";
import { FIELD_CHOICES, type Mapping } from "../session/detect";
import type { CheckOutcome, ClearOutcome, DetectOutcome, Missing, PaneAction, PaneHost } from "../session/host";
import { problemText, type PaneProblem } from "../session/problems";
import { RATE_SETTINGS, settingsOf, typedRates } from "../session/settings";
import { Results } from "./Results";
import { Step } from "../../ui";
import { TEXTS, type Lang, type Texts } from "./texts";

export function Pane({ host, initialLang = "zh" }: { host: PaneHost; initialLang?: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = TEXTS[lang];
  const [mapping, setMapping] = useState<Mapping>(new Map());
  const [detected, setDetected] = useState<DetectOutcome | null>(null);
  const [rates, setRates] = useState<Partial<Record<ItemCode, string>>>({});
  const [historySheet, setHistorySheet] = useState("");
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [busy, setBusy] = useState<"check" | "clear" | "summary" | null>(null);
  // A button this Excel cannot run is disabled outright. While an action runs, the buttons only refuse clicks
  // (aria-disabled) and stay focusable: the one pressed from the keyboard keeps the focus instead of
  // dropping it to the page, where a screen reader would lose its place.
  const inactive = (unsupported: boolean) => (unsupported ? { disabled: true } : { disabledFocusable: busy !== null });
  const [warning, setWarning] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<PaneProblem | null>(null);

  const detect = useCallback(async (m: Mapping) => {
    setDetected(await host.detect(m));
  }, [host]);

  useEffect(() => {
    void detect(mapping);
  }, [detect, mapping]);

  const check = async () => {
    setBusy("check");
    setNotice(null);
    setWarning(null);
    setFailure(null);
    try {
      const result = await host.check({ mapping, rates, lang, ...(historySheet ? { historySheet } : {}) });
      setOutcome(result);
      if (!result.ok && result.problem.code === "BAD_RATE") setSettingsOpen(true);
      await detect(mapping);
    } finally {
      setBusy(null);
    }
  };

  const summarise = async () => {
    setBusy("summary");
    setNotice(null);
    setWarning(null);
    setFailure(null);
    try {
      const result = await host.summarise({ mapping, rates, lang, ...(historySheet ? { historySheet } : {}) });
      if (result.ok) {
        setNotice(t.summaryDone(result.rows, result.pivots, result.charts, result.slicers));
        if (result.missing) setWarning(t.summaryMissing(result.missing.what, result.missing.set, result.missing.version));
      } else {
        setFailure(result.problem);
        if (result.problem.code === "BAD_RATE") setSettingsOpen(true);
      }
      await detect(mapping);
    } finally {
      setBusy(null);
    }
  };

  const clear = async () => {
    setBusy("clear");
    setNotice(null);
    setWarning(null);
    setFailure(null);
    try {
      const result = await host.clear();
      if (result.ok) {
        setOutcome(null);
        setNotice(t.cleared(clearedWords(result, t)));
        if (result.left.length > 0) setWarning(result.left.map((l) => t.clearedLeft(l)).join(" "));
      } else {
        setFailure(result.problem);
      }
      await detect(mapping);
    } finally {
      setBusy(null);
    }
  };

  const insertTemplate = async () => {
    setNotice(null);
    setFailure(null);
    const r = await host.insertTemplate();
    if (r.ok) {
      setNotice(t.templateDone(r.sheet));
      setMapping(new Map());
      await detect(new Map());
    } else {
      setFailure(r.problem);
    }
  };

  const choose = (index: number, value: string) => {
    const next = new Map(mapping);
    next.set(index, value === "" ? null : (value as FieldKey));
    setMapping(next);
  };

  // What this Excel cannot do is known before any click: those buttons are disabled, each with its reason.
  const missing = Object.fromEntries(ACTIONS.map((a) => [a, host.unavailable(a)])) as Record<PaneAction, Missing | null>;
  const checkProblem = outcome && !outcome.ok ? outcome.problem : null;
  // A bad rate is shown on its own field (below), not as a banner.
  const shown = failure ?? (checkProblem?.code === "BAD_RATE" ? null : checkProblem) ?? (detected && !detected.ok ? detected.problem : null);
  const columns = detected ? (detected.ok ? detected.table.columns : detected.columns ?? []) : [];
  // Only a missing required column opens the mapping; an applicant's own column (备注 …) is simply not read.
  const mappingOpen = detected !== null && !detected.ok && detected.problem.code === "MISSING_COLUMN";
  const rateError = (code: ItemCode): string | undefined => {
    const typed = settingsOf({ [code]: rates[code] ?? "" });
    if ("problem" in typed) return problemText(typed.problem, lang);
    if (checkProblem?.code === "BAD_RATE" && checkProblem.itemCode === code) return problemText(checkProblem, lang);
    return undefined;
  };
  // Only a rate that is valid is "set": one typed wrong is counted apart, never as in force.
  const ratesTyped = typedRates(rates);
  const anyRateError = RATE_SETTINGS.some((s) => rateError(s.code) !== undefined);

  return (
    <main
      style={{ padding: "10px 12px 16px", display: "flex", flexDirection: "column", gap: 10, color: tokens.colorNeutralForeground1 }}
      lang={lang === "zh" ? "zh-CN" : "en"}
    >
      <header style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Subtitle2 as="h1" style={{ display: "block", margin: 0 }}>{t.title}</Subtitle2>
          <Caption1>{t.subtitle}</Caption1>
        </div>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => setLang(lang === "zh" ? "en" : "zh")}
          lang={lang === "zh" ? "en" : "zh-CN"}
          aria-label={t.otherLanguage}
          data-testid="lang"
        >
          {t.otherLanguage}
        </Button>
      </header>

      {shown && (
        <MessageBar intent="error" layout="multiline" data-testid="problem">
          <MessageBarBody>{problemText(shown, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" layout="multiline" data-testid="notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {warning && (
        <MessageBar intent="warning" layout="multiline" data-testid="warning">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}

      <Step n={1} title={t.tableStep}>
        {detected === null && <Spinner size="tiny" label={t.looking} />}
        {detected?.ok && (
          <Body1 as="p" style={{ margin: 0 }} data-testid="table">
            {t.tableAt(detected.table.sheet, detected.table.headerRow, detected.table.dataRows, detected.table.tableName)}
          </Body1>
        )}
        {detected?.ok && detected.table.otherTables && (
          <MessageBar intent="warning" layout="multiline" data-testid="other-tables">
            <MessageBarBody>{otherTablesNote(detected.table.otherTables, lang)}</MessageBarBody>
          </MessageBar>
        )}
        <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 8, marginTop: 4 }}>
          {columns.length > 0 && (
            <details open={mappingOpen} data-testid="mapping" style={{ flex: "1 1 100%" }}>
              <summary style={{ cursor: "pointer" }}><Caption1>{t.mapping}</Caption1></summary>
              <ul style={{ listStyle: "none", padding: 0, margin: 0 }} data-testid="columns">
                {columns.map((c) => (
                  <li key={c.index} style={{ margin: "4px 0" }}>
                    {c.recognised && !mapping.has(c.index) ? (
                      <Caption1>{`${c.header} → ${fieldLabel(c.field, lang, t.notRead)}`}</Caption1>
                    ) : (
                      <Field label={`${c.header}：${t.unrecognised}`} size="small">
                        <Select value={c.field ?? ""} onChange={(_, d) => choose(c.index, d.value)} data-testid={`map-${c.index}`}>
                          <option value="">{t.notRead}</option>
                          {FIELD_CHOICES.map((f) => (
                            <option key={f.key} value={f.key}>{lang === "zh" ? f.zh : f.en}</option>
                          ))}
                        </Select>
                      </Field>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <Button size="small" onClick={() => void insertTemplate()} {...inactive(false)} data-testid="template">{t.template}</Button>
        </div>
      </Step>

      <Step n={2} title={t.settingsStep}>
        <details
          open={settingsOpen || anyRateError}
          onToggle={(e) => setSettingsOpen((e.currentTarget as HTMLDetailsElement).open)}
          data-testid="settings"
        >
          <summary style={{ cursor: "pointer" }}><Caption1>{t.ratesSummary(ratesTyped.valid, historySheet, ratesTyped.invalid)}</Caption1></summary>
          {RATE_SETTINGS.map((s) => {
            const error = rateError(s.code);
            return (
              <Field
                key={s.code}
                label={t.rateLabel(lang === "zh" ? s.name : s.nameEn, s.clause, s.max)}
                size="small"
                validationState={error ? "error" : "none"}
                validationMessage={error}
                data-testid={`rate-field-${s.code}`}
              >
                <Input
                  value={rates[s.code] ?? ""}
                  placeholder={`${t.rateHint}（${s.max}）`}
                  onChange={(_, d) => setRates({ ...rates, [s.code]: d.value })}
                  data-testid={`rate-${s.code}`}
                />
              </Field>
            );
          })}
          {detected?.ok && (
            <Field label={t.history} size="small">
              <Select value={historySheet} onChange={(_, d) => setHistorySheet(d.value)} data-testid="history">
                <option value="">{t.noHistory}</option>
                {detected.table.otherSheets.map((name) => <option key={name} value={name}>{name}</option>)}
              </Select>
            </Field>
          )}
        </details>
      </Step>

      <Step n={3} title={t.checkStep}>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
          {/* Fluent's 96 px minimum would put each button on its own row at 320 px. */}
          <Button appearance="primary" style={{ minWidth: 64 }} onClick={() => void check()} {...inactive(!!missing.check)} data-testid="check">
            {busy === "check" ? t.checking : t.check}
          </Button>
          <Button style={{ minWidth: 0 }} onClick={() => void summarise()} {...inactive(!!missing.summarise)} data-testid="summarise">
            {busy === "summary" ? t.summarising : t.summarise}
          </Button>
          <Button style={{ minWidth: 0 }} onClick={() => void clear()} {...inactive(!!missing.clear)} data-testid="clear">
            {busy === "clear" ? t.clearing : t.clear}
          </Button>
        </div>
        {ACTIONS.filter((a) => missing[a]).map((a) => (
          <Caption1 key={a} style={{ display: "block", marginTop: 4 }} data-testid={`unavailable-${a}`}>
            {t.unavailable(actionWords(a, t), missing[a]!.set, missing[a]!.version)}
          </Caption1>
        ))}
      </Step>

      {outcome?.ok && (
        <Results outcome={outcome} texts={t} lang={lang} onSelect={(sheet, cell) => void host.select(sheet, cell)} />
      )}
    </main>
  );
}

const ACTIONS: readonly PaneAction[] = ["check", "summarise", "clear"];

function actionWords(a: PaneAction, t: Texts): string {
  return a === "check" ? t.check : a === "summarise" ? t.summarise : t.clear;
}

function clearedWords(r: Extract<ClearOutcome, { ok: true }>, t: Texts): string {
  const p = t.clearedParts;
  const parts = [
    ...(r.columns ? [p.columns] : []),
    ...(r.marks > 0 ? [p.marks] : []),
    ...(r.notes > 0 ? [p.notes(r.notes)] : []),
    ...(r.sheets.length > 0 ? [p.sheets(r.sheets)] : []),
  ];
  return parts.join(p.join);
}

function fieldLabel(field: FieldKey | null, lang: Lang, none: string): string {
  const f = FIELD_CHOICES.find((c) => c.key === field);
  return f ? (lang === "zh" ? f.zh : f.en) : none;
}
