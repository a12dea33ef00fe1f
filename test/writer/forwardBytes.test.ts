/**
 * A part read forward in pieces (forwardBytes.ts) gives the same bytes as the part held whole, wherever its
 * pieces are cut, lets go of the pieces behind the reads, and says whether the bytes are UTF-8 as isUtf8
 * would for the whole part (utf8Pieces.ts).
 */
import { isUtf8 } from "node:buffer";
import { ForwardBytes, NotForward, wholePart, type PartBytes } from "../../src/writer/forwardBytes";
import { Utf8Pieces } from "../../src/workbook/bytes/utf8Pieces";
import { randomOf } from "../support/randomOf";

/** The bytes cut into pieces of the given sizes (the last one takes the rest); `pulled` counts the pieces given. */
function inPieces(bytes: Uint8Array, sizes: readonly number[], unchecked = true): PartBytes & { pulled: number } {
  const part = {
    length: bytes.length,
    pulled: 0,
    unchecked,
    pieces: () => {
      let at = 0;
      let k = 0;
      return () => {
        if (at >= bytes.length) return undefined;
        const size = k < sizes.length ? sizes[k++]! : bytes.length - at;
        const piece = bytes.subarray(at, Math.min(bytes.length, at + size));
        at += piece.length;
        part.pulled++;
        return piece;
      };
    },
  };
  return part;
}

function randomSizes(random: (n: number) => number, total: number): number[] {
  const sizes: number[] = [];
  for (let sum = 0; sum < total; ) {
    const size = 1 + random(7);
    sizes.push(size);
    sum += size;
  }
  return sizes;
}

const TEXT = Buffer.from('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>甲公司 €5 𝄞</t></is></c></row></sheetData>', "utf8");

describe("a part read forward", () => {
  it("gives each span as the whole part's bytes one a character, however the pieces are cut", () => {
    const random = randomOf(7);
    const whole = TEXT.toString("latin1");
    for (let round = 0; round < 200; round++) {
      const reader = new ForwardBytes(inPieces(TEXT, randomSizes(random, TEXT.length)));
      let from = 0;
      while (from < TEXT.length) {
        const to = Math.min(TEXT.length, from + random(12));
        expect(reader.latin1(from, to)).toBe(whole.slice(from, to));
        expect(reader.byte(to)).toBe(to < TEXT.length ? TEXT[to] : undefined);
        from = to + random(3);
      }
    }
  });

  it("lets go of the pieces behind the reads, and pulls pieces only as far as a read needs", () => {
    const part = inPieces(TEXT, new Array(TEXT.length).fill(1));
    const reader = new ForwardBytes(part);
    expect(reader.latin1(0, 5)).toBe("<shee");
    expect(part.pulled).toBe(5);
    expect(reader.byte(40)).toBe(TEXT[40]);
    expect(part.pulled).toBe(41);
    // Byte 39's piece is let go: reading behind the last read is refused.
    expect(() => reader.latin1(39, 41)).toThrow(NotForward);
    expect(() => reader.latin1(TEXT.length - 2, TEXT.length + 1)).toThrow(NotForward);
  });

  it("reads the rest to its end: the part's size, and whether it is UTF-8", () => {
    const reader = new ForwardBytes(inPieces(TEXT, [3, 3, 3]));
    reader.latin1(0, 4);
    expect(reader.finish()).toEqual({ length: TEXT.length, utf8: true });
    const cut = new ForwardBytes(inPieces(TEXT.subarray(0, TEXT.indexOf(Buffer.from("𝄞")) + 2), [5]));
    expect(cut.finish().utf8).toBe(false);
    // Bytes held whole are known to be UTF-8 by whoever holds them: not checked again.
    expect(new ForwardBytes(wholePart(new Uint8Array([0x80]))).finish()).toEqual({ length: 1, utf8: true });
  });
});

describe("UTF-8 checked a piece at a time", () => {
  const cases: [string, Uint8Array][] = [
    ["Chinese, a euro sign and a character past the BMP", TEXT],
    ["a lone continuation byte", Buffer.concat([TEXT.subarray(0, 20), Buffer.from([0x80]), TEXT.subarray(20)])],
    ["a character cut short before ASCII", Buffer.from([0x61, 0xe4, 0xb8, 0x62])],
    ["a character cut short at the end", Buffer.from([0x61, 0xf0, 0x9d, 0x84])],
    ["an overlong form", Buffer.from([0x61, 0xc0, 0xaf, 0x62])],
    ["a surrogate", Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x62])],
    ["a code point past U+10FFFF", Buffer.from([0xf4, 0x90, 0x80, 0x80])],
    ["a byte that leads nothing at a piece's end", Buffer.from([0x61, 0x62, 0xff])],
    ["four continuation bytes", Buffer.from([0x61, 0x80, 0x80, 0x80, 0x80])],
  ];

  it.each(cases)("answers as isUtf8 on the whole for %s, wherever the pieces are cut", (_, bytes) => {
    const random = randomOf(bytes.length);
    for (let round = 0; round < 100; round++) {
      const check = new Utf8Pieces();
      const sizes = randomSizes(random, bytes.length);
      let at = 0;
      for (const size of sizes) {
        check.add(bytes.subarray(at, at + size));
        at += size;
      }
      expect(check.end()).toBe(isUtf8(bytes));
    }
  });
});
