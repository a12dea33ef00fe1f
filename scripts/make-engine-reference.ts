/**
 * Writes test/fixtures/engine-reference.json.gz: the engine's output for the batches of ./engineReference.
 *
 * This file is the pre-optimisation reference. It was written once by the engine as it stood before the hot
 * loop of checkBatch was rewritten for speed, the engine the policy tests (worked examples, decisions,
 * second reading) pin. Run it again only on purpose, where a change of policy or of a message changes the
 * output, and review the difference: `npx tsc -p tsconfig.tools.json && node build/scripts/make-engine-reference.js`.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { referenceText } from "./engineReference";
import { repoRoot } from "./repoRoot";

const out = path.join(repoRoot(__dirname), "test", "fixtures", "engine-reference.json.gz");
const text = referenceText();
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(text, "utf8"), { level: 9 }));
process.stdout.write(`${out}: ${text.length} characters\n`);
