/**
 * Builds the browser page into dist/page/: one index.html holding everything it runs — the page's script
 * (inline, allowed by its hash in the Content-Security-Policy) and the check's worker (inline as text,
 * started from a Blob URL: Chromium refuses `new Worker("x.js")` on a page opened from disk). It works
 * opened from disk (file://) or from any web server, with no server code, and makes no request after it
 * has loaded: `connect-src 'none'`, nothing remote.
 *
 *   webpack --mode production -c webpack.page.config.js                  dist/page/index.html
 *   webpack --mode production -c webpack.page.config.js --env outDir=DIR  elsewhere (the browser tests)
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

const WORKER_SCRIPT_ID = "lygip-worker";

function csp(scriptHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    // The worker is started from a Blob URL made of the page's own inline text.
    "worker-src blob:",
    // Fluent UI writes its styles at run time.
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Text safe inside <script>…</script>: no closing tag and no comment opener (JS reads `<\/` as `</`). */
function scriptText(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/**
 * Puts the page's script and the worker's inline, and the CSP meta (with the script's hash) first in
 * <head>; the separate script file is then not emitted.
 */
class InlinePagePlugin {
  constructor(workerFile) {
    this.workerFile = workerFile;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlinePagePlugin", (compilation) => {
      // Last of all, after anything else that rewrites assets (minifiers): the hash pins the final text.
      compilation.hooks.processAssets.tap({ name: "InlinePagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const page = compilation.getAsset("index.html");
        const script = compilation.getAsset("page.js");
        if (!page || !script) return;
        const js = scriptText(script.source.source().toString());
        const worker = scriptText(fs.readFileSync(this.workerFile, "utf8"));
        const hash = `sha256-${crypto.createHash("sha256").update(js, "utf8").digest("base64")}`;
        const meta = `<meta http-equiv="Content-Security-Policy" content="${csp(hash)}">`;
        const html = page.source.source().toString()
          .replace(/<head([^>]*)>/i, (head) => `${head}${meta}`)
          .replace(/<\/body>/i, () => `<script type="text/plain" id="${WORKER_SCRIPT_ID}">${worker}</script><script>${js}</script></body>`);
        compilation.updateAsset("index.html", new sources.RawSource(html));
        compilation.deleteAsset("page.js");
      });
    });
  }
}

function common(dev) {
  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the page's CSP has no 'unsafe-eval'.
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: "es2017", module: "es2020", sourceMap: false } } },
        },
      ],
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist/page");
  // The worker's bundle is an intermediate: read into the page, never served on its own.
  const workerDir = path.join(outDir, "..", `.${path.basename(outDir)}-worker`);
  return [
    {
      ...common(dev),
      name: "page-worker",
      target: ["webworker", "es2017"],
      entry: { worker: "./src/page/worker/worker.ts" },
      output: { path: workerDir, filename: "worker.js", publicPath: "", clean: true },
    },
    {
      ...common(dev),
      name: "page",
      dependencies: ["page-worker"],
      target: ["web", "es2017"],
      entry: { page: "./src/page/index.tsx" },
      output: { path: outDir, filename: "[name].js", publicPath: "", clean: true },
      plugins: [
        // Not minified: the minifier runs after the script is inlined and would change the text its hash pins.
        new HtmlWebpackPlugin({ filename: "index.html", template: "./src/page/page.html", inject: false, minify: false }),
        new InlinePagePlugin(path.join(workerDir, "worker.js")),
      ],
    },
  ];
};
