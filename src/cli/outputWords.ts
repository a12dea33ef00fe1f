/**
 * What the command line says about the files it reads and writes, in Chinese and English: why an output was
 * not written, where a copy went when its first name was kept, why a file was not read. Only type imports:
 * the atomic writer uses this catalog and is also run alone (compiled on its own) by a test.
 */
import type { Lang } from "../engine";
import type { KeptState, SkippedInput } from "./batchFiles";

/** Why an output was refused before anything was written. */
export type RefusalReason =
  /** The name is a symbolic link. */
  | "link"
  /** A file that lygip did not write. */
  | "foreign"
  /** A file lygip wrote that has been changed since (a summary a manager edited). */
  | "changed"
  /** A named pipe, a device, a socket or a folder. */
  | "not-file"
  /** Any file at all (a template never replaces one). */
  | "exists"
  /** An input or another output of the same run. */
  | "in-run";

/**
 * Why an output was not written, as a code with what it names: one arm of the command line's failures
 * (./usageProblem.ts), worded by outputProblemText below in the user's language.
 */
export type OutputProblem =
  /** Refused before a byte was written. */
  | { readonly code: "OUTPUT_REFUSED"; readonly target: string; readonly reason: RefusalReason }
  /**
   * Writing failed; nothing was left under the target's name. `error`: the system's code (ENOSPC …) where
   * there is one; `detail`: the system's own words, shown only where the catalog has none for the code.
   */
  | { readonly code: "OUTPUT_FAILED"; readonly target: string; readonly error?: string; readonly detail: string }
  /** The folder an output goes into could not be made (`error`, `detail` as for OUTPUT_FAILED). */
  | { readonly code: "FOLDER_NOT_MADE"; readonly target: string; readonly error?: string; readonly detail: string }
  /** `--out` names something that is not a folder. */
  | { readonly code: "OUT_NOT_FOLDER"; readonly out: string }
  /**
   * A copy, or the batch workbook, the workbook writer could not make: its reason in both languages (the
   * writer's AnnotateError words it; anything else unexpected is its message as it is).
   */
  | { readonly code: "COPY_NOT_WRITTEN"; readonly detail: { readonly zh: string; readonly en: string } }
  | { readonly code: "SUMMARY_NOT_WRITTEN"; readonly detail: { readonly zh: string; readonly en: string } };

export interface OutputWords {
  /** Why an input was left out of the batch. */
  skipped(s: SkippedInput): string;
  refused(target: string, reason: RefusalReason): string;
  /** Writing failed; `why` is describeWriteError's. */
  failed(target: string, why: string): string;
  /** The system's error code as a reason. */
  writeError(code: string | undefined, fallback: string): string;
  /** A copy kept at `kept` (edited since, or another input's), and where this check's copy went instead. */
  beside(kept: string, state: KeptState, written: string): string;
  /** The copy could not be made (the workbook's own problem, `detail` in this language). */
  copyNotWritten(detail: string): string;
  summaryNotWritten(detail: string): string;
  /** `--out` names something that is not a folder. */
  outNotFolder(out: string): string;
  /** Where the batch workbook was written. */
  summaryWritten(target: string): string;
  /** Where the blank template was written. */
  templateWritten(target: string): string;
}

const zhWriteErrors: Record<string, string> = {
  ENOSPC: "磁盘空间不足",
  EDQUOT: "磁盘空间不足",
  EROFS: "目标位置是只读的",
  EACCES: "没有写入权限",
  EPERM: "没有写入权限",
  EEXIST: "同名的临时文件已存在",
  ENOENT: "目标文件夹不存在",
  ENOTDIR: "目标路径中有一段不是文件夹",
  EISDIR: "目标是一个文件夹",
  EIO: "磁盘读写错误",
  ENAMETOOLONG: "文件名过长（一个文件名最多 255 字节，一个汉字占 3 字节）",
  SHORT_WRITE: "写入的字节数不足（磁盘可能已满）",
};

const enWriteErrors: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is exceeded",
  EROFS: "the target is read-only",
  EACCES: "no permission to write",
  EPERM: "no permission to write",
  EEXIST: "a temporary file of that name already exists",
  ENOENT: "the target folder does not exist",
  ENOTDIR: "a part of the target path is not a folder",
  EISDIR: "the target is a folder",
  EIO: "a disk input/output error",
  ENAMETOOLONG: "the file name is too long (at most 255 bytes a name)",
  SHORT_WRITE: "fewer bytes were written than given (the disk may be full)",
};

const zh: OutputWords = {
  skipped: (s) =>
    s.why === "same-file"
      ? `${s.path}：与 ${s.other} 是同一个文件，已在本批次中，跳过（同一文件审核两次会把每一行都当作重复申报）`
      : s.why === "our-copy"
        ? `${s.path}：是本批次中 ${s.other} 的批注副本（lygip 写出），不作为申报表审核，跳过`
        : `${s.path}：是 lygip 写出的汇总工作簿（--summary），不作为申报表审核，跳过`,
  refused: (target, reason) => {
    switch (reason) {
      case "link":
        return `输出文件 ${target} 是一个链接，未写出；请换一个 --out 目录或先移走该链接`;
      case "foreign":
        return `输出文件 ${target} 已存在且不是 lygip 写出的，未覆盖；请换一个 --out 目录或先移走该文件`;
      case "changed":
        return `输出文件 ${target} 在 lygip 写出后被改动过，未覆盖；请换一个文件名或先移走该文件`;
      case "not-file":
        return `输出文件 ${target} 不是普通文件（命名管道、设备、套接字或文件夹），未读取也未写出；请换一个文件名`;
      case "exists":
        return `${target} 已存在，未覆盖；请用 --out 指定另一个文件名`;
      case "in-run":
        return `${target} 是本次审核的输入文件或批注副本，未覆盖；请换一个文件名`;
    }
  },
  failed: (target, why) => `无法写出 ${target}：${why}；已有的输出文件未改动`,
  writeError: (code, fallback) => (code ? (zhWriteErrors[code] ?? `系统错误 ${code}`) : fallback),
  beside: (kept, state, written) =>
    state === "changed"
      ? `${kept} 在 lygip 写出后被改动过（可能已有复核意见），保留不动；本次的批注副本写到 ${written}`
      : `${kept} 是另一个同名申报表的批注副本，保留不动；本次的批注副本写到 ${written}`,
  copyNotWritten: (detail) => `未写出批注副本：${detail}`,
  summaryNotWritten: (detail) => `无法写出汇总工作簿（${detail}）`,
  outNotFolder: (out) => `--out ${out} 不是文件夹，未写出批注副本；请指定一个文件夹（不存在时会新建）`,
  summaryWritten: (target) => `已写出汇总工作簿：${target}`,
  templateWritten: (target) => `已写出申报模板：${target}`,
};

const en: OutputWords = {
  skipped: (s) =>
    s.why === "same-file"
      ? `${s.path}: the same file as ${s.other}, already in this batch; skipped (checking one file twice would make every row a duplicate)`
      : s.why === "our-copy"
        ? `${s.path}: the annotated copy lygip wrote of ${s.other} in this batch, not an application; skipped`
        : `${s.path}: a batch workbook lygip wrote (--summary), not an application; skipped`,
  refused: (target, reason) => {
    switch (reason) {
      case "link":
        return `the output ${target} is a link; nothing was written: choose another --out folder or move the link away`;
      case "foreign":
        return `the output ${target} exists and was not written by lygip; it was not overwritten: choose another --out folder or move the file away`;
      case "changed":
        return `the output ${target} has changed since lygip wrote it; it was not overwritten: choose another name or move the file away`;
      case "not-file":
        return `the output ${target} is not a regular file (a named pipe, a device, a socket or a folder); it was neither read nor written: choose another name`;
      case "exists":
        return `${target} exists; it was not overwritten: give another name with --out`;
      case "in-run":
        return `${target} is an input or a annotated copy of this run; it was not overwritten: choose another name`;
    }
  },
  failed: (target, why) => `cannot write ${target}: ${why}; any earlier output is unchanged`,
  writeError: (code, fallback) => (code ? (enWriteErrors[code] ?? `system error ${code}`) : fallback),
  beside: (kept, state, written) =>
    state === "changed"
      ? `${kept} has changed since lygip wrote it (it may hold a reviewer's notes) and is kept as it is; this check's copy is written to ${written}`
      : `${kept} is the annotated copy of another file of the same name and is kept as it is; this check's copy is written to ${written}`,
  copyNotWritten: (detail) => `no annotated copy was written: ${detail}`,
  summaryNotWritten: (detail) => `the batch workbook was not written (${detail})`,
  outNotFolder: (out) => `--out ${out} is not a folder; no annotated copy was written: give a folder (it is created if missing)`,
  summaryWritten: (target) => `batch workbook written: ${target}`,
  templateWritten: (target) => `application template written: ${target}`,
};

export function outputWords(lang: Lang): OutputWords {
  return lang === "zh" ? zh : en;
}

/** An output problem in the user's language. */
export function outputProblemText(p: OutputProblem, lang: Lang): string {
  const w = outputWords(lang);
  switch (p.code) {
    case "OUTPUT_REFUSED":
      return w.refused(p.target, p.reason);
    case "OUTPUT_FAILED":
      return w.failed(p.target, w.writeError(p.error, p.detail));
    case "FOLDER_NOT_MADE":
      // Making a folder, EEXIST is a file where a folder of the path should be.
      return w.failed(p.target, p.error === "EEXIST" ? w.writeError("ENOTDIR", p.detail) : w.writeError(p.error, p.detail));
    case "OUT_NOT_FOLDER":
      return w.outNotFolder(p.out);
    case "COPY_NOT_WRITTEN":
      return w.copyNotWritten(p.detail[lang]);
    case "SUMMARY_NOT_WRITTEN":
      return w.summaryNotWritten(p.detail[lang]);
  }
}

/** What stopped a write, as OUTPUT_FAILED keeps it: the system's error code, and its words. */
export function writeErrorOf(e: unknown): { readonly error?: string; readonly detail: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return { ...(typeof code === "string" ? { error: code } : {}), detail: e instanceof Error ? e.message : String(e) };
}
