/**
 * Progress on stderr while a check runs: which phase (reading, checking, writing the copy) of which file,
 * so a single large file shows where it is, not only a batch across files. One status line, rewritten in
 * place, only when stderr is a terminal (stdout carries only the report, and a log file gets no noise).
 */
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
    reading: (i: number, n: number, p: string) => `读取 ${i}/${n}：${p}`,
    checking: (rows: number) => `审核 ${rows.toLocaleString("en-US")} 行`,
    writing: (i: number, n: number, p: string) => `写出批注副本 ${i}/${n}：${p}`,
  },
  en: {
    reading: (i: number, n: number, p: string) => `reading ${i}/${n}: ${p}`,
    checking: (rows: number) => `checking ${rows.toLocaleString("en-US")} rows`,
    writing: (i: number, n: number, p: string) => `writing copy ${i}/${n}: ${p}`,
  },
} as const;

export function startProgress(io: Io, lang: Lang, enabled: boolean): Progress {
  if (!enabled || !io.stderrIsTTY) return SILENT;
  const width = Math.max(20, (io.columns ?? 80) - 1);
  const started = Date.now();
  const show = (text: string) => {
    const seconds = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    let line = `lygip ${seconds}  ${text}`;
    // Cut at the terminal's width, so the line never wraps and \r can rewrite it.
    while (displayWidth(line) > width) line = line.slice(0, -2) + "…";
    io.stderr(`\r${line}\u001b[K`);
  };
  const w = WORDS[lang];
  return {
    reading: (i, n, p) => show(w.reading(i, n, inert(p))),
    checking: (rows) => show(w.checking(rows)),
    writing: (i, n, p) => show(w.writing(i, n, inert(p))),
    stop: () => io.stderr("\r\u001b[K"),
  };
}
