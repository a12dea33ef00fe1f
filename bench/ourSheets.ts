/**
 * Our sheets of one table on their own: `node build/bench/ourSheets.js FILE [REPEATS]` reads and checks FILE
 * once, then REPEATS times plans and writes 问题清单, 审核明细 and 审核意见表 (into a sink that keeps nothing, so
 * deflating is not counted) and prints each step's CPU time (user + sys of this process), so a busy machine
 * does not skew it. Run under `--cpu-prof` to profile the writers alone.
 */
import { checkTables, stageTable } from "../src/check";
import { loadFile } from "../src/cli/loadFile";
import { installNodeCodec } from "../src/cli/nodeCodec";
import { buildReviewForm } from "../src/output/reviewForm";
import { writeDetailSheetXml } from "../src/writer/detailSheetXml";
import { writePlanSheetXml } from "../src/writer/planSheetXml";
import { SharedStringTable } from "../src/writer/sharedStringsPart";
import { ensureAnnotationStyles, minimalStyles } from "../src/writer/stylesPart";
import { cpuSeconds } from "./measure";

function main(): void {
  const file = process.argv[2];
  const repeats = Number(process.argv[3] ?? 3);
  if (!file) throw new Error("usage: ourSheets.js FILE [REPEATS]");
  installNodeCodec();
  const loaded = loadFile(file, 0);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.issue.code}`);
  const results = checkTables([loaded.table])[0]!;
  const { styles } = ensureAnnotationStyles(minimalStyles());
  const sink = { write: () => undefined, writeBytes: () => undefined };
  const steps: Record<string, number[]> = {};
  const took = (step: string, since: number) => (steps[step] ??= []).push(cpuSeconds() - since);
  for (let r = 0; r < repeats; r++) {
    let t = cpuSeconds();
    const staged = stageTable(loaded.table, results, { fileLabel: "bench.xlsx" });
    took("plan of the table's sheet", t);
    const strings = new SharedStringTable();
    t = cpuSeconds();
    writePlanSheetXml(sink, staged.issueSheet(), styles, {}, strings);
    took("问题清单", t);
    t = cpuSeconds();
    writeDetailSheetXml(sink, staged.managers!().detail, styles, { tables: ["rId1"] }, strings);
    took("审核明细", t);
    t = cpuSeconds();
    const form = buildReviewForm(results, { covers: ["bench.xlsx"], checkedAt: "2026-03-01T09:30:00+08:00" });
    writePlanSheetXml(sink, form, styles, {}, strings);
    took("审核意见表", t);
  }
  for (const [step, seconds] of Object.entries(steps)) {
    console.log(`${results.length} rows, ${step}: cpu ${seconds.map((s) => s.toFixed(3)).join(", ")} s`);
  }
}
main();
