#!/usr/bin/env node
// Writes samples/申报表示例.xlsx from the compiled core (`npm ci` compiles it in `prepare`).
const fs = require("node:fs");
const path = require("node:path");
const { buildSample, SAMPLE_FILE_NAME } = require("../lib/bench/sample.js");

const out = path.join(__dirname, "..", "samples", SAMPLE_FILE_NAME);
buildSample().then((buffer) => {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, buffer);
  process.stdout.write(`${out}\n`);
});
