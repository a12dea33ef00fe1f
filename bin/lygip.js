#!/usr/bin/env node
// The command line runs from the compiled core (`npm ci` compiles it in `prepare`).
require("../lib/cli/main.js").main(process.argv).then((code) => {
  process.exitCode = code;
});
