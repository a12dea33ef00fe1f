/**
 * Every table within the limits gets its copy, or is told before anything is built why not and what to do
 * (hardening point 10): the copy's size is reckoned from the plan (copySize.ts) against the reader's total,
 * here lowered so that a few hundred rows with many warnings each stand for 40,000.
 */
import { checkBatch } from "../../src/engine/check";
import { planAnnotation, stagePlan } from "../../src/output/plan";
import type { TableLayout } from "../../src/workbook/types";
import type { ManagerOutput, PlanSheet } from "../../src/output/types";
import { AnnotateError } from "../../src/writer/annotateError";
import { CopySize, copySizeEstimate } from "../../src/writer/copySize";
import { annotateHandedOver, annotateXlsxTo } from "../../src/writer/writeXlsx";
import { LIMITS, type Limits } from "../../src/workbook/limits";
import { findTable, readRows } from "../../src/workbook/table";
import { openWorkbook } from "../../src/workbook/xlsx/openWorkbook";
import { MemorySink, readZip, writeZip } from "../../src/workbook/zip";
import { escapeText } from "../../src/workbook/xml";
import { columnLetters } from "../../src/workbook/xlsx";
import { minimalEntries } from "./minimalXlsx";
import { useCodec } from "../../src/workbook/bytes/codec";
import { nodeCodec } from "../../src/cli/nodeCodec";

// Copies made as the command line makes them, on Node's zlib (the sizes reckoned are of inflated bytes, the
// same on every codec): the portable deflater was most of this file's time, and is tested on its own.
useCodec(nodeCodec);

const HEAD = ["单位名称", "统一社会信用代码", "所属县区", "申报年度", "支持事项", "事项日期", "证书/合同/案件编号", "申请金额（元）"];
/** A row that draws many warnings: a credit code that is not one, a district lygip does not know, no date, no number. */
const noisy = (i: number) => [`连云港第${i}号科技有限公司`, "12345", "连云港市区某地", 2026, "GI", "", "", 100000 + i];

/** A row that passes: a valid code, a known district, its date and number. */
const tidy = (i: number) => [`连云港第${i}号科技有限公司`, "91320706MA1XKQ8L3T", "海州区", 2026, "GI", "2026-03-01", `G${i}`, 100000];

function cell(row: number, col: number, v: string | number): string {
  const r = `${columnLetters(col)}${row}`;
  return typeof v === "number" ? `<c r="${r}"><v>${v}</v></c>` : v === "" ? "" : `<c r="${r}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
}

function workbook(rows: number, plain = false): Uint8Array {
  const all = [HEAD, ...Array.from({ length: rows }, (_, i) => (plain ? tidy(i + 1) : noisy(i + 1)))];
  const xml = all.map((cells, i) => `<row r="${i + 1}">${cells.map((v, c) => cell(i + 1, c, v)).join("")}</row>`).join("");
  return writeZip(minimalEntries({ sheets: [{ name: "申报表", rows: xml }] }));
}

const inflated = (bytes: Uint8Array) => readZip(bytes).entries.reduce((sum, e) => sum + e.uncompressedSize, 0);

const INFO = (rows: number) => ({ checkedAt: "2026-12-01T10:00:00Z", version: "test", files: [{ name: "申报表.xlsx", sheet: "申报表", rows }] });

function tableOf(bytes: Uint8Array, limits: Limits = LIMITS) {
  const wb = openWorkbook(bytes, limits);
  const found = findTable([wb.readSheet("申报表")]);
  if (!found.ok) throw new Error("no table");
  return { layout: found.layout, rows: readRows(wb.readSheet("申报表"), found.layout, 0) };
}

/** The check as the command line makes it, read under `limits`: the plan of the copy. */
function planOf(bytes: Uint8Array, limits: Limits = LIMITS) {
  const { layout, rows } = tableOf(bytes, limits);
  const [results] = checkBatch([rows]);
  return { results, plan: planAnnotation(layout, results, { fileLabel: "申报表.xlsx", info: INFO(rows.length) }) };
}

function copyOf(bytes: Uint8Array, limits: Limits): Uint8Array {
  const sink = new MemorySink();
  annotateXlsxTo(bytes, planOf(bytes, limits).plan, sink, limits);
  return sink.bytes();
}

describe("the copy's size is known before it is built", () => {
  const input = workbook(300);
  const { plan, results } = planOf(input);
  const estimate = copySizeEstimate(inflated(input), plan);
  const copy = copyOf(input, LIMITS);

  it("every row draws several warnings (the case of 40,000 rows with six each)", () => {
    expect(results.every((r) => r.issues.length >= 3)).toBe(true);
  });

  it("the reckoning is never below the copy the writer makes, and not far above it, with many warnings or none", () => {
    expect(estimate).toBeGreaterThanOrEqual(inflated(copy));
    expect(estimate).toBeLessThanOrEqual(inflated(copy) * 1.25);
    const tidy = workbook(300, true);
    const tidyCopy = copyOf(tidy, LIMITS);
    const tidyEstimate = copySizeEstimate(inflated(tidy), planOf(tidy).plan);
    expect(tidyEstimate).toBeGreaterThanOrEqual(inflated(tidyCopy));
    expect(tidyEstimate).toBeLessThanOrEqual(inflated(tidyCopy) * 1.25);
  });

  it("with the reader's total at the reckoning, the table gets its copy, and that copy is read and checked again", () => {
    const limits = { ...LIMITS, maxTotalInflatedBytes: estimate };
    const made = copyOf(input, limits);
    const again = planOf(made, limits);
    expect(again.results.map((r) => r.verdict)).toEqual(results.map((r) => r.verdict));
    // Its own copy replaces what the first check wrote rather than add to it: it reads again too.
    const second = copyOf(made, limits);
    expect(planOf(second, limits).results.map((r) => r.verdict)).toEqual(results.map((r) => r.verdict));
  });

  it("a table whose copy would not read again is refused before a byte is written, saying to split it", () => {
    const limits = { ...LIMITS, maxTotalInflatedBytes: estimate - 1 };
    const sink = new MemorySink();
    let error: unknown;
    try {
      annotateXlsxTo(input, plan, sink, limits);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnnotateError);
    expect((error as AnnotateError).message).toMatch(/300 行.*超过 lygip 自己能再读取的上限.*请把申报表分成 \d+ 个左右的文件/);
    expect(sink.bytes().length).toBe(0);
  });

  it("made a sheet at a time (a staged plan), the copy is the same bytes, and refused with the same reckoning before a byte is written", () => {
    const staged = (layout: TableLayout) => stagePlan(layout, results, { fileLabel: "申报表.xlsx", info: INFO(results.length) });
    const { layout } = tableOf(input);
    const made = new MemorySink();
    annotateHandedOver(input, { staged: staged(layout) }, made, LIMITS);
    expect(Buffer.from(made.bytes()).equals(Buffer.from(copy))).toBe(true);

    const refusedAt = (limits: Limits) => {
      const sink = new MemorySink();
      try {
        annotateHandedOver(input, { staged: staged(layout) }, sink, limits);
      } catch (e) {
        return { error: e as AnnotateError, written: sink.bytes().length };
      }
      throw new Error("not refused");
    };
    const whole = refusedAt({ ...LIMITS, maxTotalInflatedBytes: estimate - 1 });
    // Past the limit at the table's own cells already: the sheets not yet made are still counted.
    const early = refusedAt({ ...LIMITS, maxTotalInflatedBytes: inflated(input) });
    for (const { error, written } of [whole, early]) {
      expect(error).toBeInstanceOf(AnnotateError);
      expect(error.failure).toMatchObject({ code: "copy-rows-too-large", rows: 300, estimate });
      expect(written).toBe(0);
    }
  });

  describe("审核意见表, made a line at a time, is counted as it is written: its lines are made once", () => {
    const { layout } = tableOf(input);
    /** A staged plan whose form counts how often its lines are made. */
    const watched = () => {
      const plan = stagePlan(layout, results, { fileLabel: "申报表.xlsx", info: INFO(results.length) });
      const seen = { streams: 0 };
      const managers = (): ManagerOutput => {
        const m = plan.managers();
        const form = m.form!;
        const stream = () => {
          seen.streams++;
          return form.stream!();
        };
        return { ...m, form: Object.create(form, { stream: { value: stream } }) as PlanSheet };
      };
      return { seen, handOver: { staged: { ...plan, managers } } };
    };
    const refused = (limits: Limits) => {
      const { seen, handOver } = watched();
      const sink = new MemorySink();
      try {
        annotateHandedOver(input, handOver, sink, limits);
      } catch (e) {
        return { error: e as AnnotateError, written: sink.bytes().length, streams: seen.streams };
      }
      throw new Error("not refused");
    };

    it("a copy within the limit makes the form's lines once, and is the same bytes", () => {
      const { seen, handOver } = watched();
      const sink = new MemorySink();
      annotateHandedOver(input, handOver, sink, LIMITS);
      expect(seen.streams).toBe(1);
      expect(Buffer.from(sink.bytes()).equals(Buffer.from(copy))).toBe(true);
    });

    it("past the limit only at the form's lines, or just before them, the copy is refused with the whole reckoning and nothing written", () => {
      // The reckoning up to the form: everything else of the copy counted.
      const before = new CopySize(inflated(input));
      const plan = stagePlan(layout, results, { fileLabel: "申报表.xlsx", info: INFO(results.length) });
      before.table(plan.table);
      before.sheet(plan.issueSheet());
      before.managersAsWritten(plan.managers());
      expect(before.total).toBeLessThan(estimate);
      for (const maxTotalInflatedBytes of [estimate - 1, before.total, before.total - 1]) {
        const { error, written, streams } = refused({ ...LIMITS, maxTotalInflatedBytes });
        expect(error.failure).toMatchObject({ code: "copy-rows-too-large", rows: 300, estimate });
        expect(written).toBe(0);
        expect(streams).toBe(1);
      }
    });
  });
});

test("each text cell counts the digits of the last shared-string index reached, as they grow past 9, 99, 999", () => {
  // inputBytes 490 stand for 98 entries of the input's table; each new text adds one, each repeat none.
  const texts = Array.from({ length: 1200 }, (_, i) => `t${i % 1000}`);
  const size = new CopySize(490);
  const before = size.total;
  size.sheet({ name: "s", rows: texts.map((t) => ({ values: [t] })) });
  const rowDigits = String(texts.length + 1).length;
  let expected = 0;
  const seen = new Set<string>();
  for (const t of texts) {
    expected += 36 + rowDigits + String(98 + seen.size).length;
    if (!seen.has(t)) {
      seen.add(t);
      expected += 38 + t.length;
    }
  }
  expect(size.total - before).toBe(expected + 48 * texts.length);
});
