#!/usr/bin/env node
// The command line runs from the compiled core: lib/ is in the packed tarball, and a checkout compiles it
// in `prepare` (`npm ci`, or `npm run build:cli`).
// `lygip --version` alone answers without loading the command line (commander and its words): start-up
// is what a script that checks the version waits for.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  try {
    process.stdout.write(`${require("../lib/cli/version.js").packageVersion()}\n`);
    return;
  } catch {
    // not compiled: the full path below says so
  }
}
// Everything else runs from the command line bundled into one file (webpack.cli.config.js): Node reads and
// compiles one file, not some 230 modules.
let cli;
try {
  cli = require("../lib/cli/bundle.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("lib/cli/bundle.js")) {
    process.stderr.write(
      "lygip：命令行尚未编译（缺少 lib/）。请在代码目录中运行 npm ci（或 npm run build:cli）。\n" +
        "lygip: the command line is not compiled (no lib/). Run npm ci (or npm run build:cli) in the checkout.\n",
    );
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
