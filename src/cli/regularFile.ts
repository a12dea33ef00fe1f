/**
 * Reading a file the user named, safely: only a regular file, and never more than a bound. A named pipe
 * would block the open (and the read) until something writes to it; a device such as /dev/zero never ends.
 * The file is opened without blocking (O_NONBLOCK: opening a FIFO for reading returns at once), checked
 * through its descriptor (fstat: what was opened is what is checked), and read to the size it had then.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** The path names something other than a regular file (a FIFO, a device, a socket, a folder). */
export class NotRegularFile extends Error {
  readonly code = "ENOTREG";
  constructor(readonly path: string, readonly directory: boolean) {
    super(`${path}: not a regular file`);
  }
}

/** The file is larger than the caller reads. */
export class FileTooLarge extends Error {
  readonly code = "EFBIG";
  constructor(readonly path: string, readonly size: number) {
    super(`${path}: ${size} bytes`);
  }
}

// O_NONBLOCK does not exist on Windows (where FIFOs are not files either); 0 there leaves the flags as they are.
const NONBLOCK = constants.O_NONBLOCK ?? 0;

export function readRegularFile(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFile(path, stat.isDirectory());
    if (stat.size > maxBytes) throw new FileTooLarge(path, stat.size);
    const bytes = new Uint8Array(stat.size);
    let done = 0;
    while (done < bytes.length) {
      const n = readSync(fd, bytes, done, bytes.length - done, done);
      if (n === 0) break;
      done += n;
    }
    return done === bytes.length ? bytes : bytes.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}
