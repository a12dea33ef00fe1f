/**
 * How memory grows with rows: the peaks of three end-to-end runs fitted to a line, and the 1,000,000-row
 * file either checked (time, peak) or refused by a stated limit, with the message the user reads.
 */

export interface PeakAt {
  readonly rows: number;
  readonly peakMb: number;
}

export interface Growth {
  /** MB per 10,000 rows, from the smallest to the largest run. */
  readonly mbPer10k: number;
  /** What the line gives at `rows`. */
  readonly projectedMb: (rows: number) => number;
  /** Largest distance of a middle run from the line, as a fraction of its measured peak. */
  readonly worstOffLine: number;
}

/** The line through the smallest and largest runs; the runs between say whether it is a line. */
export function fitGrowth(points: readonly PeakAt[]): Growth {
  const s = [...points].sort((a, b) => a.rows - b.rows);
  if (s.length < 2 || s[0]!.rows === s[s.length - 1]!.rows) throw new Error("fitGrowth needs runs at two sizes at least");
  const lo = s[0]!;
  const hi = s[s.length - 1]!;
  const slope = (hi.peakMb - lo.peakMb) / (hi.rows - lo.rows);
  const projectedMb = (rows: number) => lo.peakMb + slope * (rows - lo.rows);
  const worstOffLine = s.slice(1, -1).reduce((w, p) => Math.max(w, Math.abs(projectedMb(p.rows) - p.peakMb) / p.peakMb), 0);
  return { mbPer10k: slope * 10_000, projectedMb, worstOffLine };
}

/** A middle run this close to the line (as a fraction of its peak) counts as linear growth. */
export const LINEAR_TOLERANCE = 0.2;

/** What the large file came to. */
export type LargeOutcome =
  | { readonly kind: "checked"; readonly seconds: number; readonly peakMb: number; readonly rows: number }
  | { readonly kind: "refused"; readonly seconds: number; readonly peakMb: number; readonly message: string }
  | { readonly kind: "failed"; readonly reason: string };

/**
 * Reads the outcome from the run's exit code and JSON report: a file-level error in the report is a refusal
 * (with the message the user sees); rows reported are a check; anything else failed.
 */
export function largeOutcome(
  code: number | null, reportText: string, seconds: number, peakMb: number | null, rows: number, stderr: string,
): LargeOutcome {
  if (peakMb === null) return { kind: "failed", reason: "peak memory not readable" };
  let report: { files?: { error?: { message?: string } | null; rows?: unknown[] }[] } | undefined;
  try {
    report = JSON.parse(reportText) as typeof report;
  } catch {
    report = undefined;
  }
  const file = report?.files?.[0];
  if (file?.error?.message) return { kind: "refused", seconds, peakMb, message: file.error.message };
  if ((code === 0 || code === 1) && file?.rows?.length === rows) return { kind: "checked", seconds, peakMb, rows };
  const why = stderr.trim().split("\n").filter((l) => l && !/^\s/.test(l)).slice(-2).join(" | ").slice(0, 200);
  return { kind: "failed", reason: `exit ${code}${why ? `: ${why}` : ""}${file ? ` (${file.rows?.length ?? 0} rows reported)` : ""}` };
}
