/**
 * Lint: the Office add-in rules of eslint-plugin-office-addins (Office.js load/sync misuse) and the
 * TypeScript parser and rules the plugin ships with, over the sources, tests and build scripts. Formatting
 * is not linted here (the plugin's own preset adds prettier; this code base keeps its existing layout).
 */
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

// The plugin's recommended preset names its Office rules; its parser entry is unusable (undefined) in this
// version, so the TypeScript parser and plugin come from typescript-eslint, the version the plugin is built with.
const preset = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["office-addins"]);
const tsParser = tseslint.parser;
const tsPlugin = tseslint.plugin;
const officeRules = Object.fromEntries(Object.entries(preset.rules).filter(([name]) => name.startsWith("office-addins/")));

/**
 * The layers, by rule. Imports are relative, so a pattern names the folder an import climbs into: from
 * src/engine/catalog/x.ts, "../../workbook/zip" is src/workbook. Imports run only downward:
 *   src/policy, src/engine → src/workbook (the reader) → src/output (the plan) → src/writer → src/check → hosts
 *  - src/policy and src/engine are pure calculation: they never import the reader of untrusted xlsx
 *    (src/workbook, with the zip/XML/bytes basics the writer builds on), the output plan (src/output), the
 *    xlsx writer (src/writer) or a host (src/cli, src/functions, src/taskpane, src/page);
 *  - src/workbook, the reader, never imports the plan, the writer, the check or a host: what reads untrusted
 *    input depends on nothing that writes;
 *  - src/output, the plan as data, never imports the writer, the check or a host;
 *  - src/writer writes what src/output planned over what src/workbook read: never the check or a host;
 *  - src/check, the check every host runs (a workbook in, one plan out), is pure too: no host;
 *  - within the task pane, the session (plain data and plans) never imports the Office adapter
 *    (src/taskpane/excel): the adapter renders the session's plans, and src/taskpane/excelHost.ts joins them;
 *  - a host imports another layer only through that layer's index.ts ("../engine", not "../engine/money"),
 *    and never another host. The other entries are not for the add-in's bundles (they run in Excel):
 *    src/workbook/node.ts (reading xlsx files; the command line and checkFiles), src/writer (its index.ts:
 *    writing the annotated copy and the batch summary) and src/writer/template.ts (the blank template, loaded
 *    only by `lygip template`); the add-in's bundles import none of them. The codec, src/workbook/bytes,
 *    is taken directly by the command line to install Node's faster versions. The width table
 *    src/output/eastAsianWidth.ts (data only) is taken directly by the terminal's text, so --version and
 *    --help load no output code.
 */
const climbsInto = (folders) => `^(\\./)?(\\.\\./)+(${folders.join("|")})(/.*)?$`;
const HOSTS = ["cli", "functions", "taskpane", "page"];
const layerRule = (forbidden, message) => ({ regex: climbsInto(forbidden), message });
const deepImport = {
  regex: "^(\\./)?(\\.\\./)+(policy|engine|workbook|output|writer|check|ui)/(?!node$|template$|eastAsianWidth$|bytes$).+$",
  message: "A host imports a layer through its index.ts (e.g. \"../engine\"); export what you need there.",
};
/**
 * The core (src/policy, src/engine, src/workbook, src/output, src/check) runs in a browser's Web Worker as
 * well as in Node: no Node built-in module and no Node global. Bytes go through src/workbook/bytes (the
 * codec); the command line installs Node's faster versions from src/cli.
 */
const CORE = ["src/policy/**/*.ts", "src/engine/**/*.ts", "src/workbook/**/*.ts", "src/output/**/*.ts", "src/writer/**/*.ts", "src/check/**/*.ts"];
const NODE_ONLY = "The core runs in a browser too: no Node built-ins. Use src/workbook/bytes (the codec), which the command line may speed up.";
const nodeBuiltins = {
  paths: require("node:module").builtinModules.filter((m) => !m.startsWith("_")).map((name) => ({ name, message: NODE_ONLY })),
  patterns: [{ regex: "^node:", message: NODE_ONLY }],
};
const coreImports = (patterns) => ["error", { paths: nodeBuiltins.paths, patterns: [...nodeBuiltins.patterns, ...patterns] }];
const otherHosts = (self) => layerRule(HOSTS.filter((h) => h !== self), "One host never imports another; shared code belongs in a layer.");

module.exports = [
  { ignores: ["node_modules/", "dist/", "lib/", "build/", "coverage/", "reports/", ".stryker-tmp/", "samples/out/"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "warn",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-debugger": "error",
      "no-var": "error",
      "prefer-const": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      // A spread into a call passes every element as an argument: past ~125,000 rows that overflows the
      // stack and takes the whole batch down. Loop, or reduce, instead.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift|splice|max|min|apply|fromCharCode|concat)$/] > SpreadElement",
          message: "No spread into push/unshift/splice/Math.max/Math.min/…: a row-sized array overflows the stack. Use a loop.",
        },
      ],
    },
  },
  {
    files: CORE,
    rules: {
      "no-restricted-globals": ["error", ...["Buffer", "process", "require", "module", "__dirname", "__filename", "global", "setImmediate"]
        .map((name) => ({ name, message: NODE_ONLY }))],
    },
  },
  {
    files: ["src/policy/**/*.ts", "src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": coreImports([layerRule(["workbook", "output", "writer", "check", ...HOSTS], "src/policy and src/engine are pure calculation: no reader, output plan, writer, check or host.")]),
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": coreImports([layerRule(["output", "writer", "check", ...HOSTS], "src/workbook reads untrusted input and depends on nothing above it: no output plan, writer, check or host.")]),
    },
  },
  {
    files: ["src/output/**/*.ts"],
    rules: {
      "no-restricted-imports": coreImports([layerRule(["writer", "check", ...HOSTS], "src/output is the plan as data: no writer, check or host.")]),
    },
  },
  {
    files: ["src/writer/**/*.ts"],
    rules: {
      "no-restricted-imports": coreImports([layerRule(["check", ...HOSTS], "src/writer serves the check and the hosts and never imports them.")]),
    },
  },
  {
    files: ["src/check/**/*.ts"],
    rules: {
      "no-restricted-imports": coreImports([layerRule(HOSTS, "src/check serves the hosts and never imports one.")]),
    },
  },
  {
    // The React pieces the pane and the page share: their look only, never a host, the workbook or the plan.
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [layerRule([...HOSTS, "workbook", "output", "writer", "check"], "src/ui is the hosts' shared look: no host, reader, plan, writer or check.")] }],
    },
  },
  ...HOSTS.map((host) => ({
    files: [`src/${host}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          deepImport,
          otherHosts(host),
          ...(host === "cli" || host === "page" ? [] : [{ regex: "^(\\./)?(\\.\\./)+(workbook/node|writer(/.*)?)$", message: "src/workbook/node and src/writer are for the command line and the page: the add-in's bundles run in Excel and never need them." }]),
        ],
      }],
    },
  })),
  {
    files: ["src/taskpane/session/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          deepImport,
          otherHosts("taskpane"),
          { regex: "^(\\./)?(\\.\\./)+(workbook/node|writer(/.*)?)$", message: "src/workbook/node and src/writer are for the command line and the page: the add-in's bundles run in Excel and never need them." },
          { regex: "^\\.\\./excel(/.*)?$", message: "The pane's session never imports the Office adapter: its port types are in ./ports.ts; src/taskpane/excelHost.ts joins the two." },
        ],
      }],
    },
  },
  {
    // Office.js code runs only in the add-in's pages; elsewhere a `.load`/`.values` is not Office.js (the
    // fake workbook of the tests, the workbook reader) and the rules would misfire.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts"],
    rules: officeRules,
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs" },
    rules: { "no-eval": "error", "no-var": "error", "prefer-const": "error", "no-unused-vars": ["error", { args: "none" }] },
  },
];
