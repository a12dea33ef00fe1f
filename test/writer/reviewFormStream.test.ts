/**
 * 审核意见表 is written a line at a time from its stream; the sheet must be the one its rows, read whole,
 * give: the same cells, heights, merges (a batch's file headings among them), widths and digest.
 */
import { buildReviewForm } from "../../src/output/reviewForm";
import type { PlanSheet } from "../../src/output/types";
import { writePlanSheetXml } from "../../src/writer/planSheetXml";
import type { AnnotationStyles } from "../../src/writer/stylesPart";
import { result } from "../output/fixtures";

const styles = {
  money: 11, boldMoney: 12, bold: 13, link: 14, wrap: 15, errorDxf: 0, warningDxf: 1, fontSize: 11,
  form: { title: 20, header: 21, text: 22, center: 23, money: 24, totalText: 21, totalMoney: 25 },
} as unknown as AnnotationStyles;

const results = [
  result({ row: 3, file: 0, unit: "连云港甲公司", item: "GI", claimed: "300000.00", approvable: "300000.00" }),
  result({ row: 4, file: 0, unit: "乙".repeat(45), item: "PLEDGE_LOAN", claimed: "50000.00", approvable: "42000.00", excess: "8000.00", verdict: "reduced" }),
  result({ row: 3, file: 1, unit: " 丙 & <丁> ", item: "GI", claimed: "123456789.99", approvable: "123456789.99" }),
];
const input = { covers: ["a.xlsx", "b.xlsx"], checkedAt: "2026-12-06T14:00:00Z", fileOf: (i: number) => ["a.xlsx", "b.xlsx"][i]! };

function written(sheet: PlanSheet): { xml: string; digest: string } {
  const pieces: string[] = [];
  const digest = writePlanSheetXml({ write: (t) => void pieces.push(t) }, sheet, styles);
  return { xml: pieces.join(""), digest };
}

describe("审核意见表 written from its stream", () => {
  test("is the sheet its rows give read whole, for a batch of two files", () => {
    const form = buildReviewForm(results, input);
    const streamed = written(form);
    const { stream: _, ...whole } = { ...form };
    const planned = written(whole as PlanSheet);
    expect(streamed.xml).toBe(planned.xml);
    expect(streamed.digest).toBe(planned.digest);
    // Both files head their lines, each heading merged across the form.
    expect(streamed.xml).toContain("<mergeCell ref=\"A5:J5\"/>");
    expect((streamed.xml.match(/<mergeCell /g) ?? []).length).toBe(form.merges!.length);
  });

  test("streams its rows anew each time, with the same merges", () => {
    const stream = buildReviewForm(results, input).stream!();
    const counts: number[] = [];
    for (let i = 0; i < 2; i++) {
      let n = 0;
      stream.forEachRow(() => n++);
      counts.push(n);
    }
    expect(counts).toEqual([stream.rowCount, stream.rowCount]);
    expect(stream.merges().length).toBe(buildReviewForm(results, input).merges!.length);
  });
});
