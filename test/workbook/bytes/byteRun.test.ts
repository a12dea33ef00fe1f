import { ByteRun } from "../../../src/workbook/bytes/byteRun";
import { utf8Decode } from "../../../src/workbook/bytes/text";

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
      run.number(n);
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
