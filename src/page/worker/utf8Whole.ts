/**
 * A long text as UTF-8 (the JSON report, megabytes of it): written by encodeInto into room for the longest
 * it can be (three bytes a unit) and cut to what was written. The same bytes as TextEncoder.encode, which
 * in Chromium takes longer over a long text of two-byte characters (its UTF-8 is made apart, then copied).
 */
export function utf8Whole(text: string): Uint8Array {
  const room = new Uint8Array(text.length * 3);
  const { written } = new TextEncoder().encodeInto(text, room);
  return room.slice(0, written);
}
