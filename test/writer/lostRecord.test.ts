/**
 * Without lygip's record (a copy WPS or LibreOffice saved), what a check writes is told by what it holds
 * (REPORT.md "Ownership", record lost): 审核信息 as the check lays it out, result cells that hold only what a
 * check writes there. Each rule from the spec's list; the whole path, with a copy LibreOffice saved, is in
 * test/hostile/lost-record.e2e.test.ts.
 */
import { rowText, type Verdict } from "../../src/engine";
import { verdictOpenings } from "../../src/engine/catalog/rowText";
import { buildInfoSheet } from "../../src/output/infoSheet";
import { planSheetXml } from "../../src/writer/planSheetXml";
import { holdsOnlyOurs, isCheckInfoSheet, isCheckValue, resultHeaderSet } from "../../src/writer/lostRecord";
import { ensureAnnotationStyles, minimalStyles } from "../../src/writer/stylesPart";
import { RESULT_HEADERS, LEGACY_RESULT_HEADERS } from "../../src/engine/columns";
import { result } from "../output/fixtures";

const styles = ensureAnnotationStyles(minimalStyles()).styles;
const noShared = () => undefined;
const info = buildInfoSheet({ checkedAt: "2026-12-01T10:00:00Z", version: "1.2.3", files: [{ name: "申报表.xlsx", sheet: "申报表", rows: 2 }] });
const text = (value: string) => ({ row: 2, col: 12, kind: "s", value });

describe("审核信息 as the check lays it out", () => {
  it("the sheet the check writes is recognised", () => {
    expect(isCheckInfoSheet(planSheetXml(info, styles), "s.xml", noShared)).toBe(true);
  });
  it("a sheet of that name with a reviewer's words beside it, or without 审核工具 naming lygip, is not", () => {
    const noted = { ...info, rows: [...info.rows, { values: ["", "", "复核人：张三"] }] };
    expect(isCheckInfoSheet(planSheetXml(noted, styles), "s.xml", noShared)).toBe(false);
    const other = { ...info, rows: info.rows.map((r) => (r.values[0] === "审核工具" ? { values: ["审核工具", "人工"] } : r)) };
    expect(isCheckInfoSheet(planSheetXml(other, styles), "s.xml", noShared)).toBe(false);
  });
});

describe("our other sheets hold only what the check writes", () => {
  it("the same sheet made at another time of check is ours; with a line typed into it, it is not", () => {
    const at = (time: string) => ({
      name: "审核意见表", rows: [{ values: ["连云港市知识产权资助申请审核意见表"] }, { values: [`审核时间：${time}（北京时间 UTC+8）`] }, { values: ["甲公司", 1000] }],
    });
    const written = planSheetXml(at("2026-12-01 18:00:00"), styles);
    expect(holdsOnlyOurs(written, "s.xml", noShared, at("2026-12-06 09:30:05"))).toBe(true);
    const typed = at("2026-12-01 18:00:00");
    const noted = { ...typed, rows: [...typed.rows, { values: ["复核：已核实"] }] };
    expect(holdsOnlyOurs(planSheetXml(noted, styles), "s.xml", noShared, at("2026-12-06 09:30:05"))).toBe(false);
  });

  it("a sheet whose first row is not ours is not ours", () => {
    const sheet = { name: "问题清单", rows: [{ values: ["文件", "行", "说明"] }, { values: ["申报表.xlsx", 2, "金额超出"] }] };
    const theirs = { ...sheet, rows: [{ values: ["申报人的清单"] }, ...sheet.rows.slice(1)] };
    expect(holdsOnlyOurs(planSheetXml(sheet, styles), "s.xml", noShared, sheet)).toBe(true);
    expect(holdsOnlyOurs(planSheetXml(theirs, styles), "s.xml", noShared, sheet)).toBe(false);
  });
});

describe("result cells", () => {
  it("the headers are the six of this version or the five of the previous one, exactly, nothing to their right", () => {
    expect(resultHeaderSet([...RESULT_HEADERS])).toBe(RESULT_HEADERS);
    expect(resultHeaderSet([...LEGACY_RESULT_HEADERS, undefined])).toBe(LEGACY_RESULT_HEADERS);
    expect(resultHeaderSet([...LEGACY_RESULT_HEADERS, "备注"])).toBeUndefined();
    expect(resultHeaderSet(["审核结论 ", ...RESULT_HEADERS.slice(1)])).toBeUndefined();
  });

  it("every row text the catalog writes begins with a verdict opening", () => {
    const verdicts: Verdict[] = ["approved", "reduced", "rejected", "review"];
    for (const verdict of verdicts) {
      const r = result({ row: 2, item: "GI", claimed: "1000", approvable: "500", pending: "300", excess: "200", verdict });
      expect(verdictOpenings("zh").some((o) => rowText(r, "zh").startsWith(o))).toBe(true);
      expect(verdictOpenings("en").some((o) => rowText(r, "en").startsWith(o))).toBe(true);
    }
  });

  it("a verdict word, a number, a clause of the policy, a check's 审核说明: a check's; a formula never", () => {
    expect(isCheckValue("审核结论", text("核减"), "通过")).toBe(true);
    expect(isCheckValue("可核定金额（元）", { row: 2, col: 9, kind: "n", value: "1234.5" }, 99)).toBe(true);
    expect(isCheckValue("条款", text("（七）"), "（一）")).toBe(true);
    expect(isCheckValue("审核说明", text("通过，核定 1,000.00 元：按条款计算"), "核减 10.00 元，核定 990.00 元")).toBe(true);
    expect(isCheckValue("可核定金额（元）", { row: 2, col: 9, kind: "n", value: "1", formula: "A1" }, 1)).toBe(false);
  });

  it("a reviewer's words are not: after our 审核说明, instead of it, as a verdict or under 条款", () => {
    const ours = "核减 10.00 元，核定 990.00 元";
    expect(isCheckValue("审核说明", text(`${ours}\n复核意见：同意`), ours)).toBe(false);
    expect(isCheckValue("审核说明", text("复核意见：同意核减"), ours)).toBe(false);
    expect(isCheckValue("审核结论", text("同意"), "通过")).toBe(false);
    expect(isCheckValue("条款", text("见附件"), "（一）")).toBe(false);
    expect(isCheckValue("核减金额（元）", text("10 元"), 10)).toBe(false);
  });
});
