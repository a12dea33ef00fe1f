/** The task pane's entry: mounts the pane over Excel once Office.js is ready. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelHost } from "./session/excelHost";
import { Pane } from "./ui/Pane";

function mount(): void {
  const root = document.getElementById("root");
  if (!root) return;
  const host = new ExcelHost((batch) => Excel.run(batch), Office.context.requirements);
  const lang = /^zh/i.test(Office.context.displayLanguage ?? "zh") ? "zh" : "en";
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Pane host={host} initialLang={lang} />
    </FluentProvider>,
  );
}

void Office.onReady(mount);
