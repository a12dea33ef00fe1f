/**
 * Progress on stderr while a check runs: which phase (reading, checking, writing the copy) of which file,
 * with a bar for the phase (files read, rows checked, copies written), so a single large file shows where
 * it is, not only a batch across files. Drawn by cli-progress on one status line, only when stderr is a
 * terminal (stdout carries only the report, and a log file gets no noise).
 *
 * cli-progress is loaded here, lazily, when a bar is to be drawn: `lygip --version`, a pipe and --quiet
 * never load it. Its own line cutting counts UTF-16 units, not terminal columns, so the line is built by
 * our formatter, cut by display width (a Chinese character takes two columns), and line wrapping is off
 * while the bar is shown.
 */
import type * as CliProgress from "cli-progress";
import type { Lang } from "../engine";
import type { Io } from "./io";
import { displayWidth, inert } from "./terminalText";

export interface Progress {
  reading(index: number, total: number, path: string): void;
  checking(rows: number): void;
  writing(index: number, total: number, path: string): void;
  /** Clears the status line before the report is printed. */
  stop(): void;
}

const SILENT: Progress = { reading() {}, checking() {}, writing() {}, stop() {} };

const WORDS = {
  zh: {
    reading: (p: string) => `读取：${p}`,
    checking: "审核",
    rows: "行",
    writing: (p: string) => `写出批注副本：${p}`,
  },
  en: {
    reading: (p: string) => `reading: ${p}`,
    checking: "checking",
    rows: "rows",
    writing: (p: string) => `writing copy: ${p}`,
  },
} as const;

/** Width of the bar itself, in columns. */
const BAR_SIZE = 16;

interface Payload {
  readonly text: string;
  readonly unit: string;
}

/** `text` cut to `width` columns by display width, with … where it was cut. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function startProgress(io: Io, lang: Lang, enabled: boolean): Progress {
  if (!enabled || !io.stderrIsTTY) return SILENT;
  // Loaded only now: the command line starts without it.
  const cliProgress = require("cli-progress") as typeof CliProgress;
  const columns = io.columns && io.columns > 20 ? io.columns : 80;
  const stream = { isTTY: true, columns, write: (s: string) => (io.stderr(s), true) } as unknown as NodeJS.WriteStream;
  const started = Date.now();
  const bar = new cliProgress.SingleBar({
    stream,
    barsize: BAR_SIZE,
    hideCursor: true,
    clearOnComplete: true,
    linewrap: false,
    // The timer redraws the seconds ten times a second; each phase is also drawn as it starts (render below),
    // since a phase runs synchronously and a drawing put off to the timer would come after it.
    fps: 10,
    format: (options, params, payload: Payload) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const barText = cliProgress.Format.BarFormat(params.progress, options);
      const head = `lygip ${seconds} s [${barText}] ${params.value}/${params.total}${payload.unit ? ` ${payload.unit}` : ""}  `;
      // One column spare, so the line never reaches the last column and wraps.
      return head + cut(payload.text, columns - 1 - displayWidth(head));
    },
  });
  const w = WORDS[lang];
  let running = false;
  const show = (value: number, total: number, payload: Payload) => {
    if (!running) {
      bar.start(total, value, payload);
      running = true;
    } else {
      bar.setTotal(total);
      bar.update(value, payload);
    }
    bar.render();
  };
  return {
    // A file is counted when it has been read: reading the first of two shows 0/2.
    reading: (i, n, p) => show(i - 1, n, { text: w.reading(inert(p)), unit: "" }),
    checking: (rows) => show(rows, rows, { text: w.checking, unit: w.rows }),
    writing: (i, n, p) => show(i - 1, n, { text: w.writing(inert(p)), unit: "" }),
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}
