import { formatSummary, summarise, type CpuProfile } from "../../bench/profile";

const ROOT = "file:///repo/lib";

/** A call tree of four frames of ours, a native scan, GC and zlib, each sampled for a known time. */
function profile(): CpuProfile {
  const frame = (functionName: string, url = "") => ({ functionName, url });
  return {
    nodes: [
      { id: 1, callFrame: frame("(root)"), children: [2, 6, 7] },
      { id: 2, callFrame: frame("main", `${ROOT}/cli/main.js`), children: [3, 5] },
      { id: 3, callFrame: frame("parseSheet", `${ROOT}/workbook/xlsx/sheet.js`), children: [4] },
      { id: 4, callFrame: frame("indexOf"), children: [] },
      { id: 5, callFrame: frame("checkBatch", `${ROOT}/engine/check.js`), children: [8] },
      { id: 6, callFrame: frame("(garbage collector)"), children: [] },
      { id: 7, callFrame: frame("deflateRawSync", "node:zlib"), children: [] },
      { id: 8, callFrame: frame("times", "file:///repo/node_modules/decimal.js/decimal.js"), children: [] },
    ],
    samples: [3, 4, 4, 5, 6, 7, 8, 2],
    timeDeltas: [100, 200, 300, 400, 500, 600, 700, 800],
  };
}

describe("where a check's time goes", () => {
  test("a native frame's time counts for its nearest caller of ours: the reader's scan is reading", () => {
    const s = summarise(profile());
    const part = (name: RegExp) => s.parts.find((p) => name.test(p.name))?.micros;
    expect(part(/reading/)).toBe(100 + 200 + 300);
    expect(s.files.find((f) => f.name === "lib/workbook/xlsx/sheet.js")?.micros).toBe(600);
  });

  test("garbage collection, zlib and decimal.js are parts of their own, not their caller's", () => {
    const s = summarise(profile());
    const part = (name: RegExp) => s.parts.find((p) => name.test(p.name))?.micros;
    expect(part(/garbage/)).toBe(500);
    expect(part(/^zlib$/)).toBe(600);
    expect(part(/decimal/)).toBe(700);
    expect(part(/engine/)).toBe(400);
    expect(part(/command line/)).toBe(800);
  });

  test("every sample is counted once: the parts add up to the total", () => {
    const s = summarise(profile());
    expect(s.totalMicros).toBe(3600);
    expect(s.parts.reduce((n, p) => n + p.micros, 0)).toBe(s.totalMicros);
    expect(s.parts.map((p) => p.micros)).toEqual([...s.parts.map((p) => p.micros)].sort((a, b) => b - a));
  });

  test("the printed table gives each part's share in both languages", () => {
    const text = formatSummary(summarise(profile()), 4.2);
    expect(text).toMatch(/采样 \/ sampled: 0\.00 s；进程 CPU \/ process CPU \(user \+ sys\): 4\.20 s/);
    expect(text).toMatch(/22\.2%\s+0\.00 s {2}命令行 \/ command line/);
    expect(text).toMatch(/16\.7%\s+0\.00 s {2}读取 \/ reading/);
  });
});
