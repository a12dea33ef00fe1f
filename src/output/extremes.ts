/** The greatest and least of many numbers without spreading them into a call (a row-sized array overflows the stack). */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let m = start;
  for (const v of values) if (v > m) m = v;
  return m;
}

export function minOf(values: Iterable<number>, start = Infinity): number {
  let m = start;
  for (const v of values) if (v < m) m = v;
  return m;
}
