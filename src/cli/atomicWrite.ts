/**
 * Output goes to a temporary file beside the target and is renamed into place, so a crash midway leaves
 * no partial output under the final name. The temporary file has a random name and is created exclusively
 * (it never follows a link someone planted); every byte written is counted, the file and its folder are
 * synced before and after the rename, and on any failure the temporary file goes and the old output stays.
 * A file already at the target that lygip did not write is never overwritten, nor is a link, nor anything
 * that is not a regular file (which is never read either). Messages come from the output catalog.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { dirname, join } from "node:path";
import type { ByteSink } from "../workbook/node";
import { outputProblemText, writeErrorOf, type OutputProblem, type RefusalReason } from "./outputWords";

/**
 * An output not written, as a code the command line words in the user's language (`problem`); the message
 * is its Chinese.
 */
abstract class OutputProblemError extends Error {
  constructor(readonly problem: OutputProblem) {
    super(outputProblemText(problem, "zh"));
  }
}

/** The target is there and is not ours (or is a link, or not a file): refused before anything is written. */
export class OutputRefused extends OutputProblemError {
  constructor(readonly target: string, readonly reason: RefusalReason) {
    super({ code: "OUTPUT_REFUSED", target, reason });
  }
}

/** Writing failed (disk full, read-only folder …): nothing was left under the target's name. */
export class OutputFailed extends OutputProblemError {
  constructor(readonly target: string, override readonly cause: unknown) {
    super({ code: "OUTPUT_FAILED", target, ...writeErrorOf(cause) });
  }
}

/** The folder an output goes into could not be made: nothing was written. */
export class FolderNotMade extends OutputProblemError {
  constructor(readonly target: string, override readonly cause: unknown) {
    super({ code: "FOLDER_NOT_MADE", target, ...writeErrorOf(cause) });
  }
}

/** Makes the folder `target` goes into, as `mkdir -p` does; FolderNotMade where it cannot. */
export function makeFolderFor(target: string): void {
  try {
    fs.mkdirSync(dirname(target), { recursive: true });
  } catch (e) {
    throw new FolderNotMade(target, e);
  }
}

/** Whether the file at the target may be replaced: true, or false (not lygip's), or why not. */
export type OwnedByUs = (existing: Uint8Array) => boolean | RefusalReason;

/** The file operations the writer uses, replaceable in tests to inject a short write. */
export interface WriteOps {
  openSync: typeof fs.openSync;
  /** Writes at the file's current end, or at `position` when given (a zip's header filled in afterwards). */
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position?: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
}

const realOps: WriteOps = {
  openSync: fs.openSync,
  writeSync: (fd, buffer, offset, length, position) => fs.writeSync(fd, buffer, offset, length, position ?? null),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
};

/**
 * A file at the target, as far as the writer cares: none, a link, something that is not a regular file (a
 * named pipe would block a read, /dev/zero never ends), or a regular file of that size.
 */
function existing(path: string): "none" | "link" | "not-file" | number {
  let s: fs.Stats;
  try {
    s = fs.lstatSync(path);
  } catch {
    return "none";
  }
  if (s.isSymbolicLink()) return "link";
  return s.isFile() ? s.size : "not-file";
}

/**
 * The largest file the writer reads to ask whether it is ours: a copy lygip writes is never larger than
 * the reader's input limit (50 MB, src/workbook/limits.ts), so a larger file is not one.
 */
const MAX_OWNED_BYTES = 64 * 1024 * 1024;

/** The temporary file's name: short and fixed in length, so it fits wherever the target's name fits. */
function temporaryName(folder: string): string {
  return join(folder, `.lygip-${randomBytes(8).toString("hex")}.tmp`);
}

export function writeAtomically(
  target: string, bytes: Uint8Array, ownedByUs: OwnedByUs, ops: WriteOps = realOps,
): void {
  writeAtomicallyFrom(target, (sink) => sink.write(bytes), ownedByUs, ops);
}

/** A write to the temporary file failed: the system's error, kept apart from the producer's own. */
class SinkFailure extends Error {
  constructor(override readonly cause: unknown) {
    super("write failed");
  }
}

/**
 * The same guarantees for output made as it is written: `produce` writes into the temporary file through
 * the sink (appending, and filling in bytes it wrote before), so the whole output is never in memory.
 * A failure of the producer itself (a workbook that cannot be edited) leaves nothing behind and is thrown
 * as it came; a failure to write is OutputFailed.
 */
export function writeAtomicallyFrom(
  target: string, produce: (sink: ByteSink) => void, ownedByUs: OwnedByUs, ops: WriteOps = realOps,
): void {
  const there = existing(target);
  if (there === "link" || there === "not-file") throw new OutputRefused(target, there);
  if (typeof there === "number") {
    const owned = there <= MAX_OWNED_BYTES && ownedByUs(new Uint8Array(fs.readFileSync(target)));
    if (owned !== true) throw new OutputRefused(target, owned === false ? "foreign" : owned);
  }
  const folder = dirname(target);
  const temp = temporaryName(folder);
  let fd: number | undefined;
  let producing = false;
  try {
    // "wx": O_CREAT | O_EXCL, which also refuses a link (even a dangling one) at the temporary name.
    const file = (fd = ops.openSync(temp, "wx", 0o644));
    let length = 0;
    const writeAll = (bytes: Uint8Array, position: number | undefined) => {
      let done = 0;
      while (done < bytes.length) {
        const n = ops.writeSync(file, bytes, done, bytes.length - done, position === undefined ? undefined : position + done);
        if (!(n > 0)) throw Object.assign(new Error("short write"), { code: "SHORT_WRITE" });
        done += n;
      }
    };
    const sink: ByteSink = {
      write: (bytes) => {
        try {
          writeAll(bytes, undefined);
        } catch (e) {
          throw new SinkFailure(e);
        }
        length += bytes.length;
      },
      writeAt: (bytes, position) => {
        if (position < 0 || position + bytes.length > length) throw new SinkFailure(new RangeError("writeAt past the end of the file"));
        try {
          writeAll(bytes, position);
        } catch (e) {
          throw new SinkFailure(e);
        }
      },
    };
    producing = true;
    produce(sink);
    producing = false;
    ops.fsyncSync(file);
    ops.closeSync(file);
    fd = undefined;
    ops.renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        ops.closeSync(fd);
      } catch {
        // the descriptor is gone with the failure; the temporary file is removed below either way
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    if (producing && !(e instanceof SinkFailure)) throw e;
    throw new OutputFailed(target, e instanceof SinkFailure ? e.cause : e);
  }
  syncFolder(folder);
}

/** The rename is durable only once the folder's entry is on disk too. Some systems cannot sync a folder. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, "r");
    fs.fsyncSync(fd);
  } catch {
    // folders cannot be opened for syncing on every platform (Windows); the file itself is synced
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
