/** The results of a check: counts by status, the totals with 大写, and the problems, each a link to its cell. */
import { Body1, Caption1, Link, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { CheckDone } from "../session/host";
import type { Lang, Texts } from "./texts";

export function Results({ outcome, texts: t, lang, onSelect }: {
  outcome: CheckDone;
  texts: Texts;
  lang: Lang;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { summary, problems } = outcome;
  return (
    <section aria-label={t.resultsStep} data-testid="results">
      <Subtitle2 as="h2" style={{ display: "block", marginBottom: 4 }}>{t.resultsStep}</Subtitle2>
      <table style={{ borderCollapse: "collapse", width: "100%" }}>
        <tbody>
          <Row label={t.rows} value={String(summary.rows)} id="rows" />
          <Row label={t.ok} value={String(summary.counts.ok)} id="ok" />
          <Row label={t.warning} value={String(summary.counts.warning)} id="warning" />
          <Row label={t.error} value={String(summary.counts.error)} id="error" />
          <Row label={t.approvable} value={summary.approvable} words={summary.approvableWords} id="approvable" />
          <Row label={t.excess} value={summary.excess} words={summary.excessWords} id="excess" />
        </tbody>
      </table>
      {outcome.notes === "unsupported" && (
        <MessageBar intent="info"><MessageBarBody>{t.notesUnsupported}</MessageBarBody></MessageBar>
      )}
      <Subtitle2 as="h3" style={{ display: "block", margin: "8px 0 4px" }}>{t.problems}</Subtitle2>
      {problems.length === 0 && <Body1>{t.noProblems}</Body1>}
      <ol style={{ paddingLeft: 20, margin: 0 }} data-testid="problems">
        {problems.map((p, i) => (
          <li key={i} style={{ margin: "4px 0", color: p.severity === "error" ? "#a4262c" : "#8a5a00" }}>
            <Link as="button" onClick={() => onSelect(p.sheet, p.cell)} data-cell={p.cell}>
              {`${p.cell} · ${t.severity[p.severity]}`}
            </Link>
            <Caption1>{` ${lang === "zh" ? p.zh : p.en}${p.clause ? `（${t.clause(p.clause)}）` : ""}`}</Caption1>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Row({ label, value, words, id }: { label: string; value: string; words?: string; id: string }) {
  return (
    <tr data-testid={`sum-${id}`}>
      <th style={{ textAlign: "left", fontWeight: "normal", padding: "2px 4px" }}>{label}</th>
      <td style={{ textAlign: "right", padding: "2px 4px" }}>
        {value}
        {words && <div><Caption1>{words}</Caption1></div>}
      </td>
    </tr>
  );
}
