/**
 * The figures a host's results show (the task pane, the browser page): a verdict's count in a pill, and an
 * amount in yuan with its 大写 beneath; and each verdict's colour, the hues of the workbook's 审核结论 fills,
 * dark enough for text.
 */
import { Body1, Caption1, tokens } from "@fluentui/react-components";
import type { Verdict } from "../engine";

export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  approved: tokens.colorStatusSuccessForeground1,
  reduced: tokens.colorStatusWarningForeground1,
  rejected: tokens.colorPaletteRedForeground1,
  review: tokens.colorPaletteBlueForeground2,
};

export function Count({ label, n, colour, id }: { label: string; n: number; colour: string; id: string }) {
  return (
    <span
      data-testid={`sum-${id}`}
      style={{
        display: "inline-flex", gap: 4, padding: "1px 8px", borderRadius: 10,
        border: `1px solid ${tokens.colorNeutralStroke2}`, color: n > 0 ? colour : tokens.colorNeutralForeground2,
      }}
    >
      <Caption1>{label}</Caption1>
      <Caption1 style={{ fontWeight: tokens.fontWeightSemibold }}>{n}</Caption1>
    </span>
  );
}

export function Amount({ label, value, words, id }: { label: string; value: string; words?: string; id: string }) {
  return (
    <tr data-testid={`sum-${id}`}>
      <th style={{ textAlign: "left", fontWeight: "normal", padding: "2px 0", verticalAlign: "top", whiteSpace: "nowrap" }}>
        <Body1>{label}</Body1>
      </th>
      <td style={{ textAlign: "right", padding: "2px 0 2px 8px" }}>
        <Body1 style={{ fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" }}>{value}</Body1>
        {words && <div><Caption1>{words}</Caption1></div>}
      </td>
    </tr>
  );
}
