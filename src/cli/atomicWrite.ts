/**
 * Output goes to a temporary file beside the target and is renamed into place, so a crash midway leaves
 * no partial output under the final name. The temporary file has a random name and is created exclusively
 * (it never follows a link someone planted); every byte written is counted, the file and its folder are
 * synced before and after the rename, and on any failure the temporary file goes and the old output stays.
 * A file already at the target that lygip did not write is never overwritten, nor is a link.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ByteSink } from "../workbook/node";

/** The target is there and is not ours (or is a link): refused before anything is written. */
export class OutputRefused extends Error {}

/** Writing failed (disk full, read-only folder …): nothing was left under the target's name. */
export class OutputFailed extends Error {}

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

/** What a failed write means for the user, in Chinese; the system's code stays in brackets. */
export function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return "磁盘空间不足";
    case "EROFS":
      return "目标位置是只读的";
    case "EACCES":
    case "EPERM":
      return "没有写入权限";
    case "EEXIST":
      return "同名的临时文件已存在";
    case "ENOENT":
      return "目标文件夹不存在";
    case "ENOTDIR":
      return "目标路径中有一段不是文件夹";
    case "EISDIR":
      return "目标是一个文件夹";
    case "EIO":
      return "磁盘读写错误";
    case "SHORT_WRITE":
      return "写入的字节数不足（磁盘可能已满）";
    default:
      return code ? `系统错误 ${code}` : e instanceof Error ? e.message : String(e);
  }
}

function isLink(path: string): boolean {
  try {
    return fs.lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function writeAtomically(
  target: string, bytes: Uint8Array, ownedByUs: (existing: Uint8Array) => boolean, ops: WriteOps = realOps,
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
  target: string, produce: (sink: ByteSink) => void, ownedByUs: (existing: Uint8Array) => boolean, ops: WriteOps = realOps,
): void {
  if (isLink(target)) {
    throw new OutputRefused(`输出文件 ${target} 是一个链接，未写出；请换一个 --out 目录或先移走该链接`);
  }
  if (fs.existsSync(target) && !ownedByUs(new Uint8Array(fs.readFileSync(target)))) {
    throw new OutputRefused(`输出文件 ${target} 已存在且不是 lygip 写出的，未覆盖；请换一个 --out 目录或先移走该文件`);
  }
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${randomBytes(8).toString("hex")}.tmp`);
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
    throw new OutputFailed(`无法写出 ${target}：${describeWriteError(e instanceof SinkFailure ? e.cause : e)}；已有的输出文件未改动`);
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
