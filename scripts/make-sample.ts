/** Writes samples/申报表示例.xlsx: `npm run sample` (compiles the scripts, then runs this). */
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./repoRoot";
import { SAMPLE_FILE_NAME, buildSample } from "./sample";

async function main(): Promise<void> {
  const out = path.join(repoRoot(__dirname), "samples", SAMPLE_FILE_NAME);
  const buffer = await buildSample();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, buffer);
  process.stdout.write(`${out}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`示例生成失败 / sample not written: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
