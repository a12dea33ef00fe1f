/**
 * Which inputs a batch checks and where each copy goes, decided before anything is read for checking:
 * - the same file given twice (by any path, link or hard link) is checked once: a second copy of it would
 *   make every row a duplicate of itself;
 * - a copy lygip wrote for another input of the same batch (`a.checked.xlsx` beside `a.xlsx`, as a second
 *   `lygip check *.xlsx` finds it) is skipped: it is this run's output, not an application;
 * - every copy gets its own name: inputs of the same name from different folders written to one `--out`
 *   become `申报表.checked.xlsx`, `申报表（2）.checked.xlsx` …, and no copy is ever written over an input;
 * - a copy is replaced only while it is exactly as lygip wrote it, from the same input: a copy a reviewer
 *   has edited, or the copy of another input of the same name, is kept and the new one goes beside it.
 */
import { createHash } from "node:crypto";
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { LIMITS } from "../workbook";

/** No copy lygip writes is larger than what lygip reads: a larger file is not one of its copies. */
export const MAX_COPY_BYTES = LIMITS.maxInputBytes;

export interface BatchInput {
  readonly path: string;
  /** Where its annotated copy goes. */
  readonly output: string;
  /** The first copy's name was taken by a file kept as it is (why: see OutputState): the copy goes beside it. */
  readonly beside?: { readonly path: string; readonly state: KeptState };
}

/** A lygip copy at a copy's name that is kept: edited since it was written, or made from another input. */
export type KeptState = "changed" | "other-input";

/**
 * What is at a copy's name now, for a check of `input`: nothing (undefined), a copy that may be replaced
 * ("replace"), a copy that is kept (KeptState), or a file that is not lygip's ("foreign", refused when written).
 */
export type OutputState = undefined | "replace" | "foreign" | KeptState;

/** An input left out: the same file as `other`, lygip's copy of `other`, or a batch workbook lygip wrote. */
export type SkippedInput =
  | { readonly path: string; readonly why: "same-file" | "our-copy"; readonly other: string }
  | { readonly path: string; readonly why: "summary" };

export interface BatchPlan {
  readonly inputs: readonly BatchInput[];
  /** Inputs left out, each with the reason, in the order given. */
  readonly skipped: readonly SkippedInput[];
}

/** The copy's name: the input's name without its extension, then `.checked.xlsx`; `（n）` from the second on. */
export function outputPathFor(input: string, outDir: string | undefined, n = 1): string {
  const name = basename(input, extname(input));
  return join(outDir ?? dirname(input), `${name}${n > 1 ? `（${n}）` : ""}.checked.xlsx`);
}

/** One key per file on disk: device and inode where the file exists, else its resolved path. */
function identity(path: string): string {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return `path:${canonical(path)}`;
  }
}

/** The path with links resolved, as far as the file system lets us (a file not yet written: its folder's). */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * The input's identity in the copy's record: the SHA-256 of its resolved path (the same file checked again,
 * even corrected, is the same input; a file of the same name elsewhere is not). Only the digest is recorded.
 */
export function sourceOf(path: string): string {
  return createHash("sha256").update(canonical(path), "utf8").digest("hex");
}

/** What the plan asks of the files: whether one is lygip's, and what is at a copy's name. */
export interface PlanChecks {
  /** lygip wrote the file at the path: an annotated copy or a batch workbook (false: not, or not readable). */
  readonly isOurOutput: (path: string) => boolean;
  /** lygip wrote the file at the path as a batch workbook (--summary): never an application. */
  readonly isOurSummary?: (path: string) => boolean;
  readonly stateOf?: (output: string, input: string) => OutputState;
}

export function planBatch(paths: readonly string[], outDir: string | undefined, checks: PlanChecks): BatchPlan {
  const { isOurOutput, isOurSummary = () => false, stateOf = () => undefined } = checks;
  const skipped: SkippedInput[] = [];
  const seen = new Map<string, string>();
  const unique: string[] = [];
  for (const p of paths) {
    const id = identity(p);
    const first = seen.get(id);
    if (first !== undefined) {
      skipped.push({ path: p, why: "same-file", other: first });
      continue;
    }
    seen.set(id, p);
    unique.push(p);
  }

  // A lygip copy of another input of this batch: skipped, so a second run over *.xlsx does not check its
  // own outputs (and write *.checked.checked.xlsx over them).
  const firstOutputs = new Map<string, string>();
  for (const p of unique) firstOutputs.set(canonical(outputPathFor(p, outDir)), p);
  const inputs: string[] = [];
  for (const p of unique) {
    // A batch workbook a run wrote (`--summary`), found again by *.xlsx: its rows are results, not claims.
    if (isOurSummary(p)) {
      skipped.push({ path: p, why: "summary" });
      continue;
    }
    const original = firstOutputs.get(canonical(p));
    if (original !== undefined && original !== p && isOurOutput(p)) {
      skipped.push({ path: p, why: "our-copy", other: original });
      continue;
    }
    inputs.push(p);
  }

  // Distinct copies, never one over an input of the batch, nor over a copy a reviewer has edited or the copy
  // of another input: those are kept, and this copy takes the next free name beside them.
  const taken = new Set(inputs.map(canonical));
  const planned: BatchInput[] = [];
  for (const p of inputs) {
    let n = 1;
    let output = outputPathFor(p, outDir, n);
    let beside: BatchInput["beside"];
    for (;;) {
      if (!taken.has(canonical(output))) {
        const state = stateOf(output, p);
        if (state !== "changed" && state !== "other-input") break;
        beside ??= { path: output, state };
      }
      output = outputPathFor(p, outDir, ++n);
    }
    taken.add(canonical(output));
    planned.push({ path: p, output, ...(beside ? { beside } : {}) });
  }
  return { inputs: planned, skipped };
}

/**
 * Whether `path` is a file this run reads or writes: one of its inputs (by any path or link) or one of
 * their copies (under either extension a copy takes). A batch workbook must be neither.
 */
export function partOfRun(plan: BatchPlan, path: string): boolean {
  const id = identity(path);
  const at = canonical(path);
  return plan.inputs.some(
    (b) => identity(b.path) === id || [b.output, b.output.replace(/\.xlsx$/, ".xlsm")].some((o) => canonical(o) === at),
  );
}

/**
 * The batch workbook's path: `.xlsx` added to a name given without an extension, unless something is there
 * under the name as given (`/dev/zero`, a pipe: taken as named, and refused by the writer as not a file).
 */
export function summaryPathOf(given: string): string {
  return extname(given) === "" && !existsSync(given) ? `${given}.xlsx` : given;
}
