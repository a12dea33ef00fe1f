/**
 * Shown instead of the pane when Office.js did not load (no network, a proxy that blocks Microsoft's CDN)
 * or when the page is opened outside Excel: a blank page tells the reviewer nothing.
 */
import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export type Missing = "office" | "excel";

const WORDS: Record<Missing, { zh: [string, string]; en: [string, string] }> = {
  office: {
    zh: [
      "无法加载 Office.js",
      "本加载项需要微软的 Office.js 脚本（appsforoffice.microsoft.com），但它未能加载。请检查网络连接或代理设置，然后关闭并重新打开此任务窗格。",
    ],
    en: [
      "Office.js could not be loaded",
      "This add-in needs Microsoft's Office.js (appsforoffice.microsoft.com), which did not load. Check the network connection or proxy settings, then close and reopen this pane.",
    ],
  },
  excel: {
    zh: ["请在 Excel 中打开", "此任务窗格只能在 Excel 中使用：请在 Excel 的「开始」选项卡中打开 lygip 加载项。"],
    en: ["Open it in Excel", "This pane works inside Excel only: open the lygip add-in from Excel's Home tab."],
  },
};

export function OfficeMissing({ what }: { what: Missing }) {
  const w = WORDS[what];
  return (
    <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }} data-testid="office-missing">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{w.zh[0]}</MessageBarTitle>
          <Body1 as="p" style={{ margin: "4px 0 0" }}>{w.zh[1]}</Body1>
        </MessageBarBody>
      </MessageBar>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody lang="en">
          <MessageBarTitle>{w.en[0]}</MessageBarTitle>
          <Body1 as="p" style={{ margin: "4px 0 0" }}>{w.en[1]}</Body1>
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
