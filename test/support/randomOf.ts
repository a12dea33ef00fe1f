/** A small deterministic generator (xorshift), so that a failing random case can be found again from its seed. */
export function randomOf(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}
