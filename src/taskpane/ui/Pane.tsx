/**
 * The task pane: the table found and its columns, the year's rates, the 检查 button, then the results.
 * Plain React over a PaneHost; it never touches Office itself. Text is set through React, never as HTML.
 */
import {
  Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Switch, Title3,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { FieldKey } from "../../engine/columns";
import type { ItemCode } from "../../policy";
import { FIELD_CHOICES, type Mapping } from "../session/detect";
import type { CheckOutcome, DetectOutcome, PaneHost } from "../session/host";
import { problemText, type PaneProblem } from "../session/problems";
import { RATE_SETTINGS } from "../session/settings";
import { Results } from "./Results";
import { TEXTS, type Lang } from "./texts";

export function Pane({ host, initialLang = "zh" }: { host: PaneHost; initialLang?: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = TEXTS[lang];
  const [mapping, setMapping] = useState<Mapping>(new Map());
  const [detected, setDetected] = useState<DetectOutcome | null>(null);
  const [rates, setRates] = useState<Partial<Record<ItemCode, string>>>({});
  const [historySheet, setHistorySheet] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const detect = useCallback(async (m: Mapping) => {
    setDetected(await host.detect(m));
  }, [host]);

  useEffect(() => {
    void detect(mapping);
  }, [detect, mapping]);

  const check = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await host.check({ mapping, rates, lang, ...(historySheet ? { historySheet } : {}) });
      setOutcome(result);
      await detect(mapping);
    } finally {
      setBusy(false);
    }
  };

  const insertTemplate = async () => {
    const r = await host.insertTemplate();
    if (r.ok) {
      setNotice(t.templateDone(r.sheet));
      setMapping(new Map());
      await detect(new Map());
    } else {
      setOutcome(r);
    }
  };

  const choose = (index: number, value: string) => {
    const next = new Map(mapping);
    next.set(index, value === "" ? null : (value as FieldKey));
    setMapping(next);
  };

  const problem: PaneProblem | null =
    outcome && !outcome.ok ? outcome.problem : detected && !detected.ok ? detected.problem : null;
  const columns = detected ? (detected.ok ? detected.table.columns : detected.columns ?? []) : [];

  return (
    <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }} lang={lang === "zh" ? "zh-CN" : "en"}>
      <header style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <div>
          <Title3 as="h1">{t.title}</Title3>
          <div><Caption1>{t.subtitle}</Caption1></div>
        </div>
        <Switch label={t.english} checked={lang === "en"} onChange={(_, d) => setLang(d.checked ? "en" : "zh")} data-testid="lang" />
      </header>

      {problem && (
        <MessageBar intent="error" data-testid="problem">
          <MessageBarBody>{problemText(problem, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      <section aria-label={t.tableStep}>
        <Subtitle2 as="h2" style={{ display: "block", marginBottom: 4 }}>{t.tableStep}</Subtitle2>
        {detected === null && <Spinner size="tiny" label={t.looking} />}
        {detected?.ok && (
          <Body1 as="p" data-testid="table">
            {t.tableAt(detected.table.sheet, detected.table.headerRow, detected.table.dataRows, detected.table.tableName)}
          </Body1>
        )}
        {columns.length > 0 && (
          <details open={columns.some((c) => !c.recognised)}>
            <summary>{t.mapping}</summary>
            <ul style={{ listStyle: "none", padding: 0, margin: 0 }} data-testid="columns">
              {columns.map((c) => (
                <li key={c.index} style={{ margin: "4px 0" }}>
                  {c.recognised && !mapping.has(c.index) ? (
                    <Caption1>{`${c.header} → ${fieldLabel(c.field, lang, t.notRead)}`}</Caption1>
                  ) : (
                    <Field label={`${c.header}：${t.unrecognised}`} size="small">
                      <Select
                        value={c.field ?? ""}
                        onChange={(_, d) => choose(c.index, d.value)}
                        data-testid={`map-${c.index}`}
                      >
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
      </section>

      <section aria-label={t.settingsStep}>
        <Subtitle2 as="h2" style={{ display: "block", marginBottom: 4 }}>{t.settingsStep}</Subtitle2>
        {RATE_SETTINGS.map((s) => (
          <Field key={s.code} label={t.rateLabel(lang === "zh" ? s.name : s.nameEn, s.clause, s.max)} size="small">
            <Input
              value={rates[s.code] ?? ""}
              placeholder={`${t.rateHint}（${s.max}）`}
              onChange={(_, d) => setRates({ ...rates, [s.code]: d.value })}
              data-testid={`rate-${s.code}`}
            />
          </Field>
        ))}
        {detected?.ok && (
          <Field label={t.history} size="small">
            <Select value={historySheet} onChange={(_, d) => setHistorySheet(d.value)} data-testid="history">
              <option value="">{t.noHistory}</option>
              {detected.table.otherSheets.map((name) => <option key={name} value={name}>{name}</option>)}
            </Select>
          </Field>
        )}
      </section>

      <section aria-label={t.checkStep} style={{ display: "flex", gap: 8 }}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy} data-testid="check">
          {busy ? t.checking : t.check}
        </Button>
        <Button onClick={() => void insertTemplate()} disabled={busy} data-testid="template">{t.template}</Button>
      </section>

      {outcome?.ok && <Results outcome={outcome} texts={t} lang={lang} onSelect={(sheet, cell) => void host.select(sheet, cell)} />}
    </main>
  );
}

function fieldLabel(field: FieldKey | null, lang: Lang, none: string): string {
  const f = FIELD_CHOICES.find((c) => c.key === field);
  return f ? (lang === "zh" ? f.zh : f.en) : none;
}
