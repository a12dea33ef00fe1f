/**
 * Builds the add-in into dist/: the custom functions (functions.js, functions.html, functions.json generated
 * from the functions' JSDoc, and its zh-CN override), the task pane (taskpane.js, taskpane.html), the icons
 * and the manifest with its URLs set for the target.
 *
 *   webpack --mode development                          https://localhost:3000/
 *   webpack --mode production                           https://lygip.example.cn/ (placeholder)
 *   webpack --mode production --env url=https://host/   the real host
 *   --env outDir=DIR                                    build somewhere other than dist/ (the bundle test)
 *   --env functions=FILE --env zhTexts=FILE             other sources (the tests that a bad one fails the build)
 *   --env functionsOnly                                 only the custom functions and their metadata (those tests:
 *                                                       no task pane, so a failing build takes seconds, not a minute)
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, WebpackError, sources } = require("webpack");

const DEV_URL = "https://localhost:3000/";
const PRODUCTION_URL = "https://lygip.example.cn/";
const FUNCTIONS = "./src/functions/functions.ts";
const ZH_CN_TEXTS = "./src/functions/metadata.zh-CN.json";

/**
 * No 'unsafe-eval' (so no eval-based devtool in production). Styles need 'unsafe-inline': Fluent UI writes
 * its styles at run time. Office.js and the custom functions runtime load from appsforoffice.microsoft.com.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https://appsforoffice.microsoft.com",
  "font-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

function withSlash(url) {
  const u = new URL(url);
  if (u.protocol !== "https:") throw new Error(`The add-in URL must be https: ${url}`);
  return u.href.endsWith("/") ? u.href : `${u.href}/`;
}

/**
 * functions.zh-CN.json: the generated metadata with the Chinese function names, parameter names and
 * descriptions of metadata.zh-CN.json (Microsoft's "Custom functions naming and localization": a localized
 * copy of the JSON metadata, named by the manifest's zh-CN override). Same ids, parameter count, order and
 * types, so a formula the task pane writes by id works in either language; a function or parameter without
 * Chinese text (or Chinese text for one that does not exist), or a name Excel does not take, fails the build,
 * so the two never drift apart. Help links point at the README on the build's host.
 */
class LocalisedMetadataPlugin {
  constructor(textsPath, url) {
    this.textsPath = path.resolve(textsPath);
    this.url = url;
  }

  apply(compiler) {
    const { textsPath, url } = this;
    compiler.hooks.thisCompilation.tap("LocalisedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(textsPath);
      compilation.hooks.processAssets.tap(
        { name: "LocalisedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return; // metadata errors are already reported by the metadata plugin
          const source = generated.source.source().toString().split(DEV_URL).join(url);
          compilation.updateAsset("functions.json", new sources.RawSource(source));
          const metadata = JSON.parse(source);
          const texts = JSON.parse(fs.readFileSync(textsPath, "utf8"));
          const problems = [];
          const ids = new Set(metadata.functions.map((f) => f.id));
          const names = new Set();
          for (const id of Object.keys(texts)) if (!ids.has(id)) problems.push(`${id} has Chinese text but no function`);
          for (const fn of metadata.functions) {
            const zh = texts[fn.id];
            if (!zh) {
              problems.push(`${fn.id} has no Chinese text`);
              continue;
            }
            // Excel's rule for a function name: a letter first, then letters, digits, "_" or "."; 3 characters at least.
            if (typeof zh.name !== "string" || !/^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(zh.name)) {
              problems.push(`${fn.id}: Chinese name "${zh.name}" is not a valid function name`);
            } else if (names.has(zh.name)) problems.push(`${fn.id}: Chinese name ${zh.name} is used twice`);
            names.add(zh.name);
            fn.name = zh.name;
            fn.description = zh.description;
            const params = new Set(fn.parameters.map((p) => p.name));
            for (const name of Object.keys(zh.parameters || {})) {
              if (!params.has(name)) problems.push(`${fn.id}: Chinese text for unknown parameter ${name}`);
            }
            for (const p of fn.parameters) {
              const t = zh.parameters && zh.parameters[p.name];
              if (!t || !t.name || !t.description) problems.push(`${fn.id}: no Chinese name and text for parameter ${p.name}`);
              else Object.assign(p, { name: t.name, description: t.description });
            }
          }
          for (const p of problems) compilation.errors.push(new WebpackError(`metadata.zh-CN.json: ${p}`));
          compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(JSON.stringify(metadata, null, 4)));
        },
      );
    });
  }
}

/**
 * Puts the Content-Security-Policy meta first in <head>, so it governs every script the page loads
 * (HtmlWebpackPlugin's own `meta` option would place it after the template's scripts).
 */
class CspPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CspPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("CspPlugin", (data) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
        data.html = data.html.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`);
        return data;
      });
    });
  }
}

async function httpsOptions() {
  // Office trusts the dev server only with the certificates of office-addin-dev-certs (a dev dependency):
  // the first `npm run dev-server` makes them and asks to install its authority (`npx office-addin-dev-certs
  // install` does the same ahead of time). Should that fail, webpack-dev-server's self-signed one is used.
  try {
    return await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch {
    return {};
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const url = withSlash(env.url || (dev ? DEV_URL : PRODUCTION_URL));
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist");
  const functions = env.functions || FUNCTIONS;
  const pane = !env.functionsOnly;

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: pane ? { functions, taskpane: "./src/taskpane/index.tsx" } : { functions },
    output: { path: outDir, filename: "[name].js", clean: true },
    target: ["web", "es2017"],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules out of the TypeScript, so webpack takes packages' ES builds and drops what is unused
            // (with CommonJS, the task pane pulled in every Fluent UI icon: 18 MB).
            options: { transpileOnly: true, compilerOptions: { target: "es2017", module: "es2020", sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: functions, output: "functions.json" }),
      new LocalisedMetadataPlugin(env.zhTexts || ZH_CN_TEXTS, url),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
      ...(pane ? [new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] })] : []),
      ...(dev ? [] : [new CspPlugin()]),
      ...(pane ? [new CopyWebpackPlugin({
        patterns: [
          // The icons only: the README's screenshot is documentation, not part of the add-in.
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // The functions' help links (helpUrl) open the README's section on the add-in's host.
          { from: "README.md", to: "README.md" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (url === DEV_URL ? content : content.toString().split(DEV_URL).join(url)),
          },
        ],
      })] : []),
    ],
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Only when serving: a build (build:dev, watch) must not make or install certificates.
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      static: { directory: outDir },
    },
  };
};
