/**
 * The JSON report on stdout (issue 13): compact when stdout is a pipe or a file, indented with --pretty or
 * in a terminal, written in chunks as it is serialised — the same bytes JSON.stringify would give. A reader that
 * closes the pipe early (`| head`): json.e2e.test.ts.
 */
import { join, resolve } from "node:path";
import fc from "fast-check";
import { binaryUnit } from "../support/binaryUnit";
import { writeJson } from "../../src/cli/jsonStream";
import { lygip, lygipWith } from "../support/cli";
import { sampled } from "../support/sampled";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "samples", "申报表示例.xlsx");

function streamed(value: unknown, pretty: boolean): { text: string; chunks: number } {
  let text = "";
  let chunks = 0;
  writeJson(value, (t) => { text += t; chunks++; }, pretty);
  return { text, chunks };
}

describe("the streamed writer gives JSON.stringify's bytes", () => {
  test("for any JSON value, compact and indented", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(streamed(v, false).text).toBe(JSON.stringify(v) + "\n");
      expect(streamed(v, true).text).toBe(JSON.stringify(v, null, 2) + "\n");
    }), sampled(300));
  });
  test("for long arrays too (a file's rows, each item written whole): the same bytes, compact and indented", () => {
    const item = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.record({ row: fc.nat(), messages: fc.array(fc.jsonValue(), { maxLength: 3 }) }));
    fc.assert(fc.property(fc.array(item, { minLength: 17, maxLength: 40 }), (rows) => {
      const v = { files: [{ path: "a.xlsx", rows }], nested: [rows] };
      expect(streamed(v, false).text).toBe(JSON.stringify(v) + "\n");
      expect(streamed(v, true).text).toBe(JSON.stringify(v, null, 2) + "\n");
    }), { numRuns: 200 });
  });
  test("undefined fields are left out and undefined array items are null, as JSON.stringify does", () => {
    const v = { a: undefined, b: [undefined, 1], c: { d: undefined } };
    expect(streamed(v, false).text).toBe(JSON.stringify(v) + "\n");
    expect(streamed(v, true).text).toBe(JSON.stringify(v, null, 2) + "\n");
  });
  test("an array deferred (a file's rows made as they are written) gives the bytes of the array holding them, short or long", () => {
    const item = fc.oneof(fc.jsonValue(), fc.record({ row: fc.nat(), messages: fc.array(fc.jsonValue(), { maxLength: 3 }) }));
    fc.assert(fc.property(fc.array(item, { maxLength: 40 }), fc.boolean(), (rows, pretty) => {
      const placeholder: unknown[] = [];
      let made = 0;
      const deferred = new Map([[placeholder, { length: rows.length, items: function* () { for (const r of rows) { made++; yield r; } } }]]);
      let text = "";
      writeJson({ files: [{ path: "a.xlsx", rows: placeholder, totals: { rows: rows.length } }] }, (t) => { text += t; }, pretty, deferred);
      const whole = { files: [{ path: "a.xlsx", rows, totals: { rows: rows.length } }] };
      expect(text).toBe((pretty ? JSON.stringify(whole, null, 2) : JSON.stringify(whole)) + "\n");
      expect(made).toBe(rows.length);
    }), { numRuns: 200 });
  });
  test("a large report is written in many chunks of about 64 KB, never as one string", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 2, unit: `单位${i}`, approvable: "1000.00", messages: [] }));
    const { text, chunks } = streamed({ files: [{ rows }] }, false);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(chunks).toBeGreaterThan(text.length / 70_000);
  });
});

describe("the streamed writer, where the host takes bytes", () => {
  /** The chunks handed on, each copied as it came and kept as given, and any text written between them. */
  function asBytes(value: unknown, pretty: boolean): { bytes: Buffer; chunks: Uint8Array[]; copies: Buffer[] } {
    const parts: Buffer[] = [];
    const chunks: Uint8Array[] = [];
    const copies: Buffer[] = [];
    writeJson(value, (t) => void parts.push(Buffer.from(t, "utf8")), pretty, undefined, (b) => {
      chunks.push(b);
      copies.push(Buffer.from(b));
      parts.push(Buffer.from(b));
    });
    return { bytes: Buffer.concat(parts), chunks, copies };
  }

  test("gives the UTF-8 of JSON.stringify's text, compact and indented, pieces longer than a chunk too", () => {
    const long = fc.string({ unit: binaryUnit, minLength: 30_000, maxLength: 70_000 });
    const value = fc.oneof(fc.jsonValue(), fc.record({ note: long, rows: fc.array(fc.jsonValue(), { minLength: 17, maxLength: 30 }) }));
    fc.assert(fc.property(value, fc.boolean(), (v, pretty) => {
      const text = (pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v)) + "\n";
      expect(asBytes(v, pretty).bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
    }), { numRuns: 60 });
  });

  test("hands on each chunk once, never written into again, none larger than 64 KB", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 2, unit: `单位${i}`, approvable: "1000.00", messages: [] }));
    const { bytes, chunks, copies } = asBytes({ files: [{ rows }] }, false);
    expect(bytes.equals(Buffer.from(JSON.stringify({ files: [{ rows }] }) + "\n", "utf8"))).toBe(true);
    expect(chunks.length).toBeGreaterThan(bytes.length / 70_000);
    chunks.forEach((c, i) => {
      expect(c.length).toBeLessThanOrEqual(1 << 16);
      expect(Buffer.from(c).equals(copies[i]!)).toBe(true);
    });
  });
});

describe("lygip check --json", () => {
  test("piped (stdout not a terminal): compact, one line", async () => {
    const r = await lygip("check", SAMPLE, "--json", "--no-write");
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(r.stdout.trimEnd()).not.toContain("\n");
    expect(r.stdout).toBe(JSON.stringify(JSON.parse(r.stdout)) + "\n");
  });
  test("--pretty, or a terminal: indented by two spaces, the same report", async () => {
    const compact = JSON.parse((await lygip("check", SAMPLE, "--json", "--no-write")).stdout);
    const pretty = await lygip("check", SAMPLE, "--json", "--no-write", "--pretty");
    const terminal = await lygipWith({ stdoutIsTTY: true }, "check", SAMPLE, "--json", "--no-write");
    for (const r of [pretty, terminal]) {
      const report = JSON.parse(r.stdout);
      expect(r.stdout).toBe(JSON.stringify(report, null, 2) + "\n");
      // Only the time of the check may differ between two runs.
      expect({ ...report, checkedAt: null }).toEqual({ ...compact, checkedAt: null });
    }
  });
});
