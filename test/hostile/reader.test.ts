/**
 * Each hostile file gives its expected ReadError reason, bad cell, or a normal read, without large memory
 * (how fast is measured by the benchmark), and no file the reader was never given (/etc/passwd) leaks into
 * anything it returns.
 */
import { readFileSync } from "node:fs";
import { ReadError } from "../../src/workbook/readError";
import type { SheetGrid } from "../../src/workbook/types";
import { openWorkbook } from "../../src/workbook/xlsx";
import {
  dimensionBomb, externalEntity, HOSTILE_CASES, mergeBombWholeGrid, protoSharedStrings, protoSheetName, validWorkbook,
  type HostileCase, type HostileExpectation,
} from "./generate";
import { detailOf } from "../support/readErrorOf";

interface Outcome {
  readonly result: HostileExpectation;
  readonly grids: readonly SheetGrid[];
  readonly error?: ReadError;
}

/** Opens the workbook and reads every sheet, as a host would. */
function readAll(bytes: Uint8Array): Outcome {
  try {
    const wb = openWorkbook(bytes);
    const grids = wb.sheets.map((s) => wb.readSheet(s.name));
    const hasBad = grids.some((g) => [...g.rows.values()].some((row) => row.some((c) => c?.t === "bad")));
    return { result: hasBad ? "bad-cell" : "ok", grids };
  } catch (e) {
    if (e instanceof ReadError) return { result: e.reason, grids: [], error: e };
    throw e;
  }
}

/**
 * Each case's outcome, as its own test read it: the tests after it ask other questions of the same outcome
 * (reading is deterministic), so a large case is read once, not once a question.
 */
const outcomes = new Map<HostileCase, Outcome>();
function outcomeOf(c: HostileCase): Outcome {
  let o = outcomes.get(c);
  if (!o) outcomes.set(c, (o = readAll(c.make())));
  return o;
}

const MiB = 1024 * 1024;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

describe("hostile files at reader level", () => {
  it("the valid baseline reads without bad cells", () => {
    expect(readAll(validWorkbook()).result).toBe("ok");
  });

  for (const c of HOSTILE_CASES) {
    // How fast each is refused is a benchmark figure (`npm run bench`, "hostile files"), not a timed test.
    it(`${c.name} → ${c.expect}, without large memory`, () => {
      const bytes = c.make();
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      const peakBefore = peakRss();
      const outcome = readAll(bytes);
      outcomes.set(c, outcome);
      expect(outcome.result).toBe(c.expect);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * MiB);
      expect(peakRss() - peakBefore).toBeLessThan(300 * MiB);
    });
  }

  it("every refusal carries its reason, and the details stay short and plain", () => {
    for (const c of HOSTILE_CASES) {
      const { error } = outcomeOf(c);
      if (!error) continue;
      expect(error.message.length).toBeLessThan(300);
      expect((detailOf(error) ?? "").length).toBeLessThan(200);
    }
  });

  it("nothing of /etc/passwd appears in any output, error or grid", () => {
    let passwd = "root:";
    try {
      passwd = readFileSync("/etc/passwd", "utf8").split("\n")[0] ?? passwd;
    } catch {
      // no such file here: the marker "root:" stands for it
    }
    for (const c of HOSTILE_CASES) {
      const o = outcomeOf(c);
      const text = JSON.stringify({ e: o.error && [o.error.message, detailOf(o.error)], g: o.grids.map((g) => [...g.rows]) });
      expect(text).not.toContain(passwd);
      expect(text).not.toContain("root:");
    }
    expect(readAll(externalEntity()).error?.reason).toBe("doctype");
  });

  it("a merge over the whole grid is clipped to the cells that exist", () => {
    const [grid] = readAll(mergeBombWholeGrid()).grids;
    expect(grid!.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 1 }]);
  });

  it("a dimension claiming the whole grid changes nothing: the extent is the cells'", () => {
    const [grid] = readAll(dimensionBomb()).grids;
    expect(grid!.maxRow).toBe(2);
    expect(grid!.maxCol).toBe(1);
  });

  it("__proto__ and constructor as sheet names are ordinary sheets, and no prototype changes", () => {
    const wb = openWorkbook(protoSheetName());
    expect(wb.sheets.map((s) => s.name)).toEqual(["__proto__", "constructor"]);
    expect(wb.readSheet("__proto__").rows.get(1)?.[0]).toEqual({ t: "n", v: "1" });
    expect(wb.readSheet("constructor").rows.get(1)?.[0]).toEqual({ t: "n", v: "2" });
    expect(() => wb.readSheet("toString")).toThrow(ReadError);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["lygipPolluted"]).toBeUndefined();
  });

  it("__proto__ as shared strings are ordinary text", () => {
    const [grid] = readAll(protoSharedStrings()).grids;
    expect(grid!.rows.get(1)).toEqual([
      { t: "s", v: "__proto__" }, { t: "s", v: "constructor" }, { t: "s", v: "hasOwnProperty" },
    ]);
  });

  it("the bad cells say why by a fault code, naming the index or the limit", () => {
    const out = HOSTILE_CASES.filter((c) => c.expect === "bad-cell").map((c) => {
      const [grid] = outcomeOf(c).grids;
      return [...grid!.rows.values()].flat().flatMap((cell) => (cell?.t === "bad" ? [cell.fault] : []));
    });
    expect(out).toEqual([[{ fault: "string-index-out-of-range", found: "99" }], [{ fault: "text-too-long", length: 40000, limit: 32767 }]]);
  });
});
