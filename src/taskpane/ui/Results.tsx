/**
 * Step 4, the results of a check: the summary first (rows by 审核结论, messages by severity, and 申请金额 =
 * 可核定 + 待核实 + 核减 with thousands separators, 元 and 大写), then the problems, each a link to its cell. The list is capped: a large batch
 * has thousands of messages, all of them in the 问题清单 sheet, which the last line points to.
 */
import { Body1, Caption1, Link, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { CheckDone } from "../session/host";
import { Step, Totals } from "../../ui";
import type { Lang, Texts } from "./texts";

/** Problems listed in the pane; the rest are in 问题清单. A few hundred keep the pane quick and short enough to scan. */
export const PROBLEM_LIST_CAP = 200;

export function Results({ outcome, texts: t, lang, onSelect }: {
  outcome: CheckDone;
  texts: Texts;
  lang: Lang;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { summary, problems } = outcome;
  const listed = problems.slice(0, PROBLEM_LIST_CAP);
  const hidden = problems.length - listed.length;
  return (
    <Step n={4} title={t.resultsStep} testId="results">
      <Totals totals={summary} words={t} lang={lang} />
      <Caption1 data-testid="sum-identity">{t.identity}</Caption1>
      {outcome.notes === "unsupported" && (
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{t.notesUnsupported}</MessageBarBody></MessageBar>
      )}
      <h3 style={{ margin: "8px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold }}>
        {t.problems(problems.length)}
      </h3>
      {problems.length === 0 && <Body1 data-testid="no-problems">{summary.rows === 0 ? t.noRows : t.noProblems}</Body1>}
      <ol style={{ paddingLeft: 22, margin: 0, overflowWrap: "anywhere" }} data-testid="problems">
        {listed.map((p, i) => (
          <li
            key={i}
            style={{ margin: "4px 0", color: p.severity === "error" ? tokens.colorPaletteRedForeground1 : tokens.colorStatusWarningForeground1 }}
          >
            <Link as="button" onClick={() => onSelect(p.sheet, p.cell)} data-cell={p.cell}>
              {`${p.cell} · ${t.severity[p.severity]}`}
            </Link>
            <Caption1 style={{ color: tokens.colorNeutralForeground1 }}>
              {` ${lang === "zh" ? p.zh : p.en}${p.clause ? t.clauseNote(p.clause) : ""}`}
            </Caption1>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <Link as="button" onClick={() => onSelect(outcome.issueSheet, "A1")} data-testid="more">
          {t.more(hidden)}
        </Link>
      )}
    </Step>
  );
}
