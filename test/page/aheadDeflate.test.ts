/**
 * Deflate done ahead on the page's thread while the worker checks (Node's CompressionStream stands in for
 * the browser's): the pieces of each part, sent as they are made, are compressed one run at a time; a part
 * whose pieces are one run is taken from the page, any other is compressed by the worker as before; the
 * parts come out the same either way.
 */
import * as zlib from "node:zlib";
import { AheadDeflate } from "../../src/page/worker/aheadDeflate";
import { DeferredDeflate } from "../../src/page/worker/deferredDeflate";
import { finishZip } from "../../src/page/worker/nativeZip";
import { writeZip } from "../../src/workbook/zip";
import { expectSameWorkbook } from "../support/sameWorkbook";
import { MANY_ROWS, STORED_IMAGE, writeZipDeferred } from "./deferredZip";

const bytes = (text: string) => new TextEncoder().encode(text);
const inflate = (b: Uint8Array | null) => (b ? zlib.inflateRawSync(b).toString() : null);

describe("the page's deflate ahead", () => {
  test("each run of pieces up to its last is one stream; once finished it is taken once, by its first piece and its count", async () => {
    const ahead = new AheadDeflate();
    ahead.add(0, bytes("<a>"), false);
    ahead.add(1, bytes("</a>"), true);
    ahead.add(2, bytes("<b/>"), true);
    ahead.add(3, bytes("<c/>"), true);
    await ahead.idle();
    expect(ahead.take(1, 1)).toBeNull();
    expect(inflate(ahead.take(0, 2))).toBe("<a></a>");
    expect(ahead.take(0, 2)).toBeNull();
    // Asked with another count, the run is given up: the worker compresses that part itself.
    expect(ahead.take(2, 2)).toBeNull();
    expect(ahead.take(2, 1)).toBeNull();
    expect(inflate(ahead.take(3, 1))).toBe("<c/>");
  });

  test("a run still open, not finished yet, broken by a missing piece, or given up is not given", async () => {
    const ahead = new AheadDeflate();
    ahead.add(0, bytes("<a>"), false);
    expect(ahead.take(0, 1)).toBeNull();
    ahead.add(2, bytes("</a>"), true);
    ahead.add(3, bytes("<b/>".repeat(100_000)), true);
    // Asked at once, before the browser has finished it: given up, never handed later.
    expect(ahead.take(3, 1)).toBeNull();
    await ahead.idle();
    expect(ahead.take(0, 2)).toBeNull();
    expect(ahead.take(3, 1)).toBeNull();
    expect(inflate(ahead.take(2, 1))).toBe("</a>");
    ahead.add(4, bytes("<d/>"), true);
    await ahead.idle();
    ahead.giveUp();
    expect(ahead.take(4, 1)).toBeNull();
  });

  test("past its backlog the page gives up the open run, and takes the next once the streams have caught up", async () => {
    const ahead = new AheadDeflate(1000);
    ahead.add(0, bytes("x".repeat(600)), true);
    ahead.add(1, bytes("y".repeat(600)), false);
    ahead.add(2, bytes("z"), true);
    await ahead.idle();
    ahead.add(3, bytes("w".repeat(600)), true);
    await ahead.idle();
    expect(inflate(ahead.take(0, 1))).toBe("x".repeat(600));
    expect(ahead.take(1, 2)).toBeNull();
    expect(inflate(ahead.take(3, 1))).toBe("w".repeat(600));
  });

  test("a part's pieces are a run only when their numbers follow one another", () => {
    const deferred = new DeferredDeflate();
    const tokens = [0, 1, 2].map((i) => deferred.deflatePiece(bytes(`p${i}`), 6, i === 2)());
    const join = (...t: Uint8Array[]) => Uint8Array.from(t.flatMap((x) => [...x]));
    expect(deferred.runOf(join(tokens[0]!, tokens[1]!, tokens[2]!))).toEqual({ first: 0, count: 3 });
    expect(deferred.runOf(join(tokens[1]!))).toEqual({ first: 1, count: 1 });
    expect(deferred.runOf(join(tokens[0]!, tokens[2]!))).toBeNull();
    expect(deferred.runOf(bytes("not a token at all, sixteen+"))).toBeNull();
  });

  const parts = [
    { name: "[Content_Types].xml", data: "<Types/>" },
    { name: "xl/worksheets/sheet1.xml", data: MANY_ROWS },
    { name: "xl/styles.xml", data: "<styleSheet/>" },
    STORED_IMAGE,
  ];

  test("a zip finished with the page's runs has the same parts as one finished by the worker alone; a part not ahead is compressed by the worker", async () => {
    const expected = writeZip(parts);
    const ahead = new AheadDeflate();
    const sent: number[] = [];
    const deferred = new DeferredDeflate((index, piece, last) => {
      sent.push(index);
      // The page is sent a copy: the worker keeps its piece.
      ahead.add(index, piece.slice(), last);
    });
    const tokens = writeZipDeferred(parts, deferred);
    expect(sent.length).toBeGreaterThan(3);
    expect(sent).toEqual(sent.map((_, i) => i));
    const asked: { first: number; count: number; given: boolean }[] = [];
    // The styles part is kept from the page here (as when its pieces were interleaved): the worker compresses it.
    const styles = sent.length - 1;
    await ahead.idle();
    const finished = await finishZip(tokens, deferred, async (first, count) => {
      const given = first !== styles ? ahead.take(first, count) : null;
      asked.push({ first, count, given: given !== null });
      return given;
    });
    expectSameWorkbook(finished, expected);
    expect(asked.filter((a) => a.given).length).toBe(2);
    expect(asked.find((a) => a.first === styles)).toEqual({ first: styles, count: 1, given: false });
    expect(asked.reduce((n, a) => n + a.count, 0)).toBe(sent.length);
  });
});
