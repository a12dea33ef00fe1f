/**
 * What `lygip check` prints on stdout: the JSON report (compact when stdout is a pipe or a file, indented
 * with --pretty or for a terminal; streamed, not built as one string), or the readable summary.
 */
import type { Lang, ReportJson } from "../engine";
import type { Io } from "./io";
import { widthOf } from "./io";
import { writeJson, type DeferredArrays } from "./jsonStream";
import { parseRates } from "./rates";
import { formatSummary } from "./printSummary";

export interface ReportOutputOptions {
  readonly json: boolean;
  readonly pretty?: boolean;
  readonly quiet?: boolean;
  readonly lang: Lang;
  /** The --rate settings as typed, to mark the rates they set. */
  readonly rate?: readonly string[];
  /** Annotated copies are written (false under --no-write). */
  readonly write?: boolean;
}

/** Problem lines shown in a terminal before "还有 N 条": a screenful or two; the rest is in the workbook and JSON. */
export const TERMINAL_PROBLEM_CAP = 40;

/** `deferred`: a file's rows made as they are written (DeferredArrays), under --json. */
export function printReport(report: ReportJson, io: Io, options: ReportOutputOptions, daxie: string, deferred?: DeferredArrays): void {
  if (options.json) {
    writeJson(report, io.stdout, options.pretty ?? Boolean(io.stdoutIsTTY), deferred, io.stdoutBytes);
    return;
  }
  const terminal = Boolean(io.stdoutIsTTY);
  io.stdout(formatSummary(report, {
    lang: options.lang,
    daxie,
    quiet: options.quiet,
    ratesSet: ratesSetBy(options.rate ?? []),
    written: options.write ?? true,
    // Wrapped for a terminal only: in a pipe or a file each message stays one line, for grep and the like.
    width: terminal ? widthOf(io) : null,
    problemCap: terminal ? TERMINAL_PROBLEM_CAP : null,
  }));
}

/** The item codes --rate named (as resolved: PLEDGE_LOAN whether typed as the code or a name). */
function ratesSetBy(specs: readonly string[]): string[] {
  return Object.keys(parseRates(specs).rates ?? {});
}
