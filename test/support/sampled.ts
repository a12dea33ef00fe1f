/**
 * How many cases a property test tries. `npm test` tries a sample: a fifth of the full count (at least
 * fast-check's default of 100) from a fixed seed, so that a failure there fails again the same way.
 * properties.e2e.test.ts runs every file that samples again with LYGIP_PROPERTIES=full: the full count, from
 * a fresh seed each run.
 */
const SEED = 20_261_206;

export function sampled(full: number): { readonly numRuns: number; readonly seed?: number } {
  if (process.env.LYGIP_PROPERTIES === "full") return { numRuns: full };
  return { numRuns: Math.max(100, Math.ceil(full / 5)), seed: SEED };
}
