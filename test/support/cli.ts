/** Runs the command line in-process with captured output, as the process entry point does. */
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function lygip(...args: string[]): Promise<CliRun> {
  return lygipWith({}, ...args);
}

/** As `lygip`, with what the command line knows of the terminal: a TTY on stdout/stderr, its width. */
export async function lygipWith(terminal: Pick<Io, "stdoutIsTTY" | "stderrIsTTY" | "columns">, ...args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(["node", "lygip", ...args], {
    stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), ...terminal,
  });
  return { code, stdout, stderr };
}
