/**
 * What the command line says about the files it writes, in Chinese and English: where a copy went when its
 * first name was kept, and why a file was not written.
 */
import type { Lang } from "../engine";
import type { KeptState } from "./batchFiles";

export interface OutputWords {
  /** A copy kept at `kept` (edited since, or another input's), and where this check's copy went instead. */
  beside(kept: string, state: KeptState, written: string): string;
}

const zh: OutputWords = {
  beside: (kept, state, written) =>
    state === "changed"
      ? `${kept} 在 lygip 写出后被改动过（可能已有复核意见），保留不动；本次的审核副本写到 ${written}`
      : `${kept} 是另一个同名申报表的审核副本，保留不动；本次的审核副本写到 ${written}`,
};

const en: OutputWords = {
  beside: (kept, state, written) =>
    state === "changed"
      ? `${kept} has changed since lygip wrote it (it may hold a reviewer's notes) and is kept as it is; this check's copy is written to ${written}`
      : `${kept} is the checked copy of another file of the same name and is kept as it is; this check's copy is written to ${written}`,
};

export function outputWords(lang: Lang): OutputWords {
  return lang === "zh" ? zh : en;
}
