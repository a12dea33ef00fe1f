/** Joining and searching byte arrays, as Buffer.concat and Buffer.indexOf do, on plain Uint8Array. */

/** The pieces joined into one new array (`total` when the caller has counted it already). */
export function concatBytes(pieces: readonly Uint8Array[], total?: number): Uint8Array {
  const length = total ?? pieces.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p.subarray(0, Math.min(p.length, length - at)), at);
    at += p.length;
    if (at >= length) break;
  }
  return out;
}

/** Where `needle` first occurs in `haystack`, or -1 (an empty needle is found at 0). */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  if (needle.length === 0) return 0;
  const first = needle[0]!;
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(first); i >= 0 && i <= last; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
