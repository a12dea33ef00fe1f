import { ByteRun } from "../../src/writer/byteRun";
import { CellDigestRun } from "../../src/writer/cellDigestRun";
import { CellDigest } from "../../src/writer/ownership";
import { utf8Decode } from "../../src/workbook/bytes/text";

/** A sink that keeps every buffer it is given, as DeflatedPart does. */
function keeper(): { pieces: Uint8Array[]; text: () => string; sink: { write: (t: string) => void; writeBytes: (b: Uint8Array) => void } } {
  const pieces: Uint8Array[] = [];
  return {
    pieces,
    text: () => pieces.map((p) => utf8Decode(p)).join(""),
    sink: { write: (t) => void pieces.push(new TextEncoder().encode(t)), writeBytes: (b) => void pieces.push(b) },
  };
}

describe("ByteRun", () => {
  test("whole numbers are written as String(n) writes them, the sign, fractions and huge ones included", () => {
    const k = keeper();
    const run = new ByteRun(k.sink);
    const numbers = [0, -0, 7, 10, 99, 100, 1234567, 999999999999999, 1e15, 1e21, -5, 0.1, 1234.56, -0.5, 2 ** 53];
    for (const n of numbers) {
      run.int(n);
      run.ascii(",");
    }
    run.flush();
    expect(k.text()).toBe(numbers.map(String).join(",") + ",");
  });

  test("a buffer handed on is never written again: a sink that keeps it keeps what it was given", () => {
    const k = keeper();
    const run = new ByteRun(k.sink, 16);
    run.ascii("abcdefghij");
    run.text("中文字"); // 9 bytes: does not fit beside the 10, goes into a fresh buffer
    run.ascii("xyz");
    run.flush();
    expect(k.pieces.length).toBe(2);
    expect(k.text()).toBe("abcdefghij中文字xyz");
  });

  test("a text longer than the buffer goes to the sink as text, after what came before it", () => {
    const k = keeper();
    const run = new ByteRun(k.sink, 8);
    run.ascii("ab");
    run.text("一二三四五");
    run.ascii("cd");
    run.flush();
    expect(k.text()).toBe("ab一二三四五cd");
  });

  test("a lone surrogate is written as U+FFFD, as TextEncoder writes it", () => {
    const k = keeper();
    const run = new ByteRun(k.sink);
    run.text("a\uD800b");
    run.flush();
    expect(k.text()).toBe("a\uFFFDb");
  });
});

describe("CellDigestRun", () => {
  const letters = (s: string) => new TextEncoder().encode(s);

  test("gives the digest CellDigest gives for the same cells, numbers and texts, odd texts included", () => {
    const cells: { row: number; col: string; colIndex: number; value: number | string }[] = [
      { row: 1, col: "A", colIndex: 0, value: "单位名称" },
      { row: 2, col: "B", colIndex: 1, value: 42 },
      { row: 2, col: "K", colIndex: 10, value: 1234.56 },
      { row: 3, col: "AB", colIndex: 27, value: -0.5 },
      { row: 100000, col: "C", colIndex: 2, value: "line\nbreak & <tag> \uD800 lone" },
      { row: 7, col: "D", colIndex: 3, value: "长".repeat(30000) },
      { row: 8, col: "E", colIndex: 4, value: 0 },
    ];
    const old = new CellDigest();
    const run = new CellDigestRun();
    for (const c of cells) {
      if (typeof c.value === "number") {
        old.add({ row: c.row, col: c.colIndex, kind: "n", value: String(c.value) });
        run.number(letters(c.col), c.row, c.value);
      } else {
        old.add({ row: c.row, col: c.colIndex, kind: "s", value: c.value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g, "\uFFFD") });
        run.text(letters(c.col), c.row, c.value);
      }
    }
    expect(run.hex()).toBe(old.hex());
  });

  test("differs when one value differs", () => {
    const a = new CellDigestRun();
    const b = new CellDigestRun();
    a.number(letters("A"), 1, 1);
    b.number(letters("A"), 1, 2);
    expect(a.hex()).not.toBe(b.hex());
  });
});
