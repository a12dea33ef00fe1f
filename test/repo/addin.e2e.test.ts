/**
 * The add-in's build and manifest as the template expects them and as a user meets them: the names Excel
 * shows are the pane's own, the support link is a real page the build deploys, the minimum ExcelApi is the
 * one the pane needs, the development scripts exist with pinned tools, and dist/ ships the icons only.
 */
import fs from "node:fs";
import path from "node:path";
import { REQUIRED_SET } from "../../src/taskpane/excel/requirements";
import { TEXTS } from "../../src/taskpane/ui/texts";
import { addinBuild, repoRoot } from "../support/built";

const manifest = fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The value of `<Element DefaultValue="…">` and its zh-CN override. */
function localised(element: string, id?: string): { en: string; zh: string } {
  const open = id ? new RegExp(`<${element} id="${id}" DefaultValue="([^"]*)">([\\s\\S]*?)</${element}>`) : new RegExp(`<${element} DefaultValue="([^"]*)">([\\s\\S]*?)</${element}>`);
  const m = open.exec(manifest);
  if (!m) throw new Error(`no ${element} ${id ?? ""} in manifest.xml`);
  const zh = /Locale="zh-CN" Value="([^"]*)"/.exec(m[2]!)?.[1];
  return { en: m[1]!, zh: zh ?? "" };
}

describe("the manifest", () => {
  test("the add-in's name is the pane's title, in Chinese and in English", () => {
    expect(localised("DisplayName")).toEqual({ zh: TEXTS.zh.title, en: TEXTS.en.title });
    expect(localised("bt:String", "GetStarted.Title").zh).toContain(TEXTS.zh.title);
    expect(localised("bt:String", "GetStarted.Title").en).toContain(TEXTS.en.title);
    expect(fs.readFileSync(path.join(repoRoot, "src/taskpane/taskpane.html"), "utf8")).toContain(`<title>${TEXTS.zh.title}</title>`);
  });

  test("ProviderName is the project, and no URL is a placeholder host", () => {
    expect(/<ProviderName>([^<]+)<\/ProviderName>/.exec(manifest)?.[1]).toBe("lygip project");
    expect(manifest).not.toMatch(/example\.(com|cn|org)/);
  });

  test("SupportUrl is the README's support section, deployed with the add-in", () => {
    const url = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(url).toBe("https://localhost:3000/README.md#support");
    expect(fs.readFileSync(path.join(repoRoot, "README.md"), "utf8")).toContain('<a id="support"></a>');
    expect(fs.existsSync(path.join(addinBuild(), "README.md"))).toBe(true);
  }, 300_000);

  test("the minimum ExcelApi declared is the one the pane's check needs", () => {
    const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)" \/>/g)].map((m) => [m[1], m[2]]);
    expect(sets).toContainEqual([REQUIRED_SET.name, REQUIRED_SET.version]);
    expect(sets).toContainEqual(["CustomFunctionsRuntime", "1.2"]);
  });
});

describe("the build and its scripts", () => {
  test("dist/assets holds the icons only, not the README's screenshot", () => {
    const assets = fs.readdirSync(path.join(addinBuild(), "assets")).sort();
    expect(assets).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  }, 300_000);

  test("start and stop run one pinned version of office-addin-debugging", () => {
    for (const name of ["start", "stop"]) expect(pkg.scripts[name]).toMatch(/\boffice-addin-debugging@\d+\.\d+\.\d+ /);
  });

  test("the template's build:dev, watch and lint:fix are there", () => {
    expect(pkg.scripts["build:dev"]).toBe("webpack --mode development");
    expect(pkg.scripts.watch).toBe("webpack --mode development --watch");
    expect(pkg.scripts["lint:fix"]).toBe("eslint . --fix");
  });

  test("office-addin-dev-certs is a dev dependency the dev server loads, and only when serving", async () => {
    expect(pkg.devDependencies).toHaveProperty(["office-addin-dev-certs"]);
    expect(typeof require("office-addin-dev-certs").getHttpsServerOptions).toBe("function");
    // A development build must not make or install certificates; `webpack serve` sets WEBPACK_SERVE.
    const configOf = require(path.join(repoRoot, "webpack.config.js")) as (env: object, argv: object) => Promise<{ devServer: { server: { options: object } } }>;
    const built = await configOf({}, { mode: "development" });
    expect(built.devServer.server.options).toEqual({});
  });
});
