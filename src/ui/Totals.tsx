/**
 * A check's figures as every host shows them: rows by 审核结论, messages by severity, and 申请金额 = 可核定 +
 * 待核实 + 核减 in yuan, with 大写 in Chinese. The host gives the figures (src/output's shownTotals) and
 * its words.
 */
import { Caption1, tokens } from "@fluentui/react-components";
import { VERDICTS, yuanText, type Lang, type ShownTotals, type Verdict } from "../engine";
import { Amount, Count, VERDICT_COLOURS } from "./figures";


/** The host's words for them. */
export interface TotalsWords {
  readonly rows: (n: number) => string;
  readonly verdictsLabel: string;
  readonly verdicts: Readonly<Record<Verdict, string>>;
  readonly severitiesLabel: string;
  readonly ok: string;
  readonly warning: string;
  readonly error: string;
  readonly claimed: string;
  readonly approvable: string;
  readonly pending: string;
  readonly excess: string;
}

export function Totals({ totals, words: t, lang, maxWidth }: { totals: ShownTotals; words: TotalsWords; lang: Lang; maxWidth?: number }) {
  const daxie = (s: string) => (lang === "zh" ? s : undefined);
  return (
    <>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "baseline" }} data-testid="verdicts">
        <Caption1 data-testid="sum-rows">{`${t.rows(totals.rows)} · ${t.verdictsLabel}`}</Caption1>
        {VERDICTS.map((v) => <Count key={v} label={t.verdicts[v]} n={totals.verdicts[v]} colour={VERDICT_COLOURS[v]} id={v} />)}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "baseline", marginTop: 4 }} data-testid="counts">
        <Caption1>{t.severitiesLabel}</Caption1>
        <Count label={t.ok} n={totals.counts.ok} colour={tokens.colorStatusSuccessForeground1} id="ok" />
        <Count label={t.warning} n={totals.counts.warning} colour={tokens.colorStatusWarningForeground1} id="warning" />
        <Count label={t.error} n={totals.counts.error} colour={tokens.colorPaletteRedForeground1} id="error" />
      </div>
      <table style={{ borderCollapse: "collapse", width: "100%", maxWidth, marginTop: 4 }}>
        <tbody>
          <Amount label={t.claimed} value={yuanText(totals.claimed, lang)} id="claimed" />
          <Amount label={t.approvable} value={yuanText(totals.approvable, lang)} words={daxie(totals.approvableWords)} id="approvable" />
          <Amount label={t.pending} value={yuanText(totals.pending, lang)} words={daxie(totals.pendingWords)} id="pending" />
          <Amount label={t.excess} value={yuanText(totals.excess, lang)} words={daxie(totals.excessWords)} id="excess" />
        </tbody>
      </table>
    </>
  );
}
