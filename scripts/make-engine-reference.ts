/**
 * Writes test/fixtures/engine-reference/: for each reference batch (./engineReference), the chosen rows
 * (./engineReferenceRows) as `N.inputs.jsonl` (its rates, history and rows, one JSON object a line) and the
 * engine's outcome for them as `N.expected.tsv` (a row's verdict, amounts and issue codes, one line a row).
 *
 * Run it again only on purpose, where a change of policy or of a message changes the outcome, and review the
 * difference line by line: `npx tsc -p tsconfig.tools.json && node build/scripts/make-engine-reference.js`.
 */
import fs from "node:fs";
import path from "node:path";
import { expectedText, fixtureBatches, inputsText } from "./engineReferenceRows";
import { repoRoot } from "./repoRoot";

const dir = path.join(repoRoot(__dirname), "test", "fixtures", "engine-reference");
fs.mkdirSync(dir, { recursive: true });
fixtureBatches().forEach((batch, i) => {
  fs.writeFileSync(path.join(dir, `${i + 1}.inputs.jsonl`), inputsText(batch));
  fs.writeFileSync(path.join(dir, `${i + 1}.expected.tsv`), expectedText(batch));
  process.stdout.write(`${dir}/${i + 1}: ${batch.files.flat().length} rows\n`);
});
