/**
 * The browser page's entry: a static page that checks workbooks in a worker, for reviewers whose Excel runs
 * no add-ins. Nothing is uploaded: the page makes no request after it has loaded (its CSP says so).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { pageParams } from "./pageParams";
import { Page } from "./ui/Page";

const root = document.getElementById("root");
if (root) {
  document.body.style.margin = "0";
  document.body.style.background = webLightTheme.colorNeutralBackground1;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh", background: webLightTheme.colorNeutralBackground1 }}>
      <Page params={pageParams(location.search)} />
    </FluentProvider>,
  );
}
