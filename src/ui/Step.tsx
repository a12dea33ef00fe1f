/**
 * One numbered step of a host's page (the task pane, the browser page): its number in a circle, its title,
 * then its content. The pane is narrow and packs its steps; the page spaces them out (`roomy`).
 */
import { tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function Step({ n, title, children, testId, roomy = false }: {
  n: number; title: string; children: ReactNode; testId?: string; roomy?: boolean;
}) {
  const id = `step-${n}`;
  return (
    <section aria-labelledby={`${id}-title`} data-testid={testId ?? id} style={roomy ? { margin: "0 0 16px" } : undefined}>
      <h2
        id={`${id}-title`}
        style={{
          display: "flex", alignItems: "center", gap: 6, margin: roomy ? "0 0 6px" : "0 0 4px",
          fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold,
        }}
      >
        <span
          aria-hidden="true"
          style={{
            display: "inline-flex", alignItems: "center", justifyContent: "center", flex: "0 0 auto",
            width: 20, height: 20, borderRadius: "50%", fontSize: tokens.fontSizeBase200,
            background: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand,
          }}
        >
          {n}
        </span>
        <span>{title}</span>
      </h2>
      {children}
    </section>
  );
}
