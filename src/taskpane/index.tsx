/**
 * The task pane's entry: mounts the pane over Excel once Office.js is ready, in Office's theme. Where
 * Office.js did not load, or the page is not inside Excel, it says so instead of leaving a blank page.
 */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { ExcelHost } from "./excelHost";
import { OfficeMissing } from "./ui/OfficeMissing";
import { Pane } from "./ui/Pane";
import { isDark, paneTheme, type OfficeThemeColours } from "./ui/theme";

function render(office: OfficeThemeColours | undefined, content: ReactNode): void {
  const theme: Theme = paneTheme(office);
  const root = document.getElementById("root");
  if (!root) return;
  // The page behind the provider takes the same colours, so no white band shows under a short pane.
  document.body.style.margin = "0";
  document.body.style.background = theme.colorNeutralBackground1;
  document.documentElement.style.colorScheme = isDark(office) ? "dark" : "light";
  createRoot(root).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh", background: theme.colorNeutralBackground1 }}>
      {content}
    </FluentProvider>,
  );
}

function start(): void {
  // office.js is a plain <script> before this bundle (which is deferred): by now it has loaded or failed.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(undefined, <OfficeMissing what="office" />);
    return;
  }
  void Office.onReady((info) => {
    const office = Office.context?.officeTheme;
    if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
      render(office, <OfficeMissing what="excel" />);
      return;
    }
    const host = new ExcelHost((batch) => Excel.run(batch), Office.context.requirements);
    const lang = /^zh/i.test(Office.context.displayLanguage ?? "zh") ? "zh" : "en";
    render(office, <Pane host={host} initialLang={lang} />);
  });
}

start();
