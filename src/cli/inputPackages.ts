/**
 * Each input file of a run read from disk and opened once (OpenedPackage): the batch's plan asks whether
 * it is a copy or a batch workbook lygip wrote, the reader reads its table, and the macro check and the
 * writer of its copy take the same package. A file that cannot be read or opened fails once, and every
 * asker gets the same error.
 */
import { LIMITS } from "../workbook";
import { openOnce, type OpenedPackage } from "../workbook/node";
import { readRegularFile } from "./regularFile";

export class InputPackages {
  private readonly opened = new Map<string, () => OpenedPackage>();

  /** The file's package, opened at its first asking; throws what reading or opening it threw. */
  of(path: string): OpenedPackage {
    let open = this.opened.get(path);
    if (!open) this.opened.set(path, (open = openedFile(path)));
    return open();
  }

  /** Lets go of every file but those at `paths` (the inputs the batch checks; the others were only asked about). */
  keepOnly(paths: readonly string[]): void {
    const kept = new Set(paths);
    for (const path of [...this.opened.keys()]) if (!kept.has(path)) this.opened.delete(path);
  }

  /** The file's package, handed over: it is no longer held here (the caller lets it go when done with it). */
  take(path: string): OpenedPackage {
    try {
      return this.of(path);
    } finally {
      this.opened.delete(path);
    }
  }
}

/** Reads and opens the file at most once: the package, or the same error each time. */
export function openedFile(path: string): () => OpenedPackage {
  let open: (() => OpenedPackage) | undefined;
  let failed: { readonly error: unknown } | undefined;
  return () => {
    if (failed) throw failed.error;
    if (!open) {
      try {
        open = openOnce(readRegularFile(path, LIMITS.maxInputBytes));
      } catch (error) {
        failed = { error };
        throw error;
      }
    }
    return open();
  };
}
