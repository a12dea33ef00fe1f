/**
 * Bounded memo for lookups keyed by what a cell holds. A batch repeats the same item names, levels,
 * districts and outcomes thousands of times; resolving each once keeps a large check fast. Each call makes
 * a memo of its own: the check makes its memos of cells per check (src/engine/cellMemo). A module keeps one
 * only in front of a pure function of a few values, where what it holds can never differ between checks (a
 * rate's text in the catalog, a day's ISO text).
 */
export function memoise<T, K extends string | number = string>(fn: (key: K) => T, max = 10_000): (key: K) => T {
  const cache = new Map<K, T>();
  return (key: K) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}
