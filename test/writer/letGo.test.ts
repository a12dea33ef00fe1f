/**
 * The copy's writer tells its host once the table's sheet is written and the result rows are let go, and
 * only then: a host that owns its process has them collected there (src/cli/heapGrowth.ts). What is handed
 * over is taken out of the hand-over, so the writer alone holds it.
 */
import { annotateHandedOver, annotateXlsx, type PlanHandOver } from "../../src/writer/writeXlsx";
import { MemorySink } from "../../src/workbook/zip";
import { openWorkbook } from "../../src/workbook/xlsx";
import { TABLE_SHEET, buildApplicantWorkbook, fixturePlan } from "./workbookFixture";

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

test("the reader's spans handed over with the plan are taken out of it, and splice the same copy", async () => {
  const input = await buildApplicantWorkbook();
  const wb = openWorkbook(input);
  wb.readSheet(TABLE_SHEET);
  const spans = wb.rowSpans(TABLE_SHEET)!;
  expect(spans).toBeDefined();
  const handOver: PlanHandOver = { plan: fixturePlan(), read: { sheet: TABLE_SHEET, spans } };
  const sink = new MemorySink();
  annotateHandedOver(input, handOver, sink);
  // Nothing of what was handed over stays in the hand-over: the writer alone held it, and let it go.
  expect(handOver).toEqual({ plan: undefined, staged: undefined, read: undefined });
  expect(Buffer.from(sink.bytes()).equals(Buffer.from(annotateXlsx(input, fixturePlan())))).toBe(true);
});
