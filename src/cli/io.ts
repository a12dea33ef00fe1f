/**
 * What the command line writes to and what it knows of the terminal: kept apart from the commands so that
 * `lygip --version` loads nothing else.
 */
import type { UsageProblem } from "./usageProblem";

export interface Io {
  readonly stdout: (text: string) => void;
  /** stdout's UTF-8 bytes, where the host takes them (it keeps each array it is given): the JSON report's chunks. */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout and stderr are terminals (a person reads them) rather than pipes or files. */
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  /** The terminal's width in columns, where known. */
  readonly columns?: number;
  /** The process is the command's own (bin/lygip.js), not a host's that runs it in-process: its V8 settings are ours to set. */
  readonly ownsProcess?: boolean;
}

export const EXIT = { clean: 0, rowErrors: 1, usage: 2 } as const;

/** A command line the user must correct (exit 2), said before any file is read, as a code (./usageWords.ts words it). */
export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.code);
    this.name = "UsageError";
  }
}

/** The width text for a person is wrapped to: the terminal's, else 80 columns. */
export function widthOf(io: Io): number {
  return io.columns && io.columns >= 40 ? io.columns : 80;
}
