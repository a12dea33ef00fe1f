/**
 * Output goes to a temporary file beside the target and is renamed into place, so a crash midway leaves
 * no partial output. A file already at the target that lygip did not write is never overwritten.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export class OutputRefused extends Error {}

export function writeAtomically(target: string, bytes: Uint8Array, ownedByUs: (existing: Uint8Array) => boolean): void {
  if (existsSync(target) && !ownedByUs(readFileSync(target))) {
    throw new OutputRefused(`输出文件 ${target} 已存在且不是 lygip 写出的，未覆盖；请换一个 --out 目录或先移走该文件`);
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const fd = openSync(temp, "w");
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(temp);
    throw e;
  }
  closeSync(fd);
  renameSync(temp, target);
}
