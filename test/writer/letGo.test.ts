/**
 * The copy's writer tells its host once the table's sheet is written and the result rows are let go, and
 * only then: a host that owns its process has them collected there (src/cli/heapGrowth.ts).
 */
import { annotateHandedOver, annotateXlsx, type PlanHandOver } from "../../src/writer/writeXlsx";
import { MemorySink } from "../../src/workbook/zip";
import { buildApplicantWorkbook, fixturePlan } from "./workbookFixture";

test("letGo is called once, after the table's sheet and before 问题清单 is made, and the copy is the same", async () => {
  const input = await buildApplicantWorkbook();
  const plan = fixturePlan();
  const told: string[] = [];
  const { issueSheet, summarySheet, managers, ...table } = plan;
  const handOver: PlanHandOver = {
    staged: {
      table,
      issueSheet: () => {
        told.push("issue sheet");
        return issueSheet;
      },
      summarySheet: () => summarySheet,
      ...(managers ? { managers: () => managers } : {}),
    },
    letGo: () => told.push("let go"),
  };
  const sink = new MemorySink();
  annotateHandedOver(input, handOver, sink);
  expect(told).toEqual(["let go", "issue sheet"]);
  expect(Buffer.from(sink.bytes()).equals(Buffer.from(annotateXlsx(input, fixturePlan())))).toBe(true);
});
