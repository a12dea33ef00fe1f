/** Why a cell could not be read, per language: the reader gives a code and what it found (quoted: user data). */
import type { CellFault } from "../issues";
import type { Lang } from "./render";

type FaultWords = { readonly [F in CellFault["fault"]]: (f: Extract<CellFault, { fault: F }>) => string };

const zh: FaultWords = {
  "text-too-long": (f) => `文本长度 ${f.length} 个字符，超过 Excel 上限 ${f.limit} 个字符`,
  "no-cached-value": () => "公式没有计算结果（请在 Excel 中重新计算并保存）",
  "bad-number": (f) => `数值「${f.found}」无法识别`,
  "bad-string-index": (f) => `共享字符串索引「${f.found}」不是数字`,
  "string-index-out-of-range": (f) => `共享字符串索引 ${f.found} 超出范围`,
  "digits-lost": (f) => `数字 ${f.found} 超过 Excel 的 15 位有效数字，第 16 位起已变为 0，不是原号码；请将单元格设为文本格式后重新填写`,
  "bad-boolean": (f) => `逻辑值「${f.found}」无法识别`,
  "unknown-type": (f) => `单元格类型「${f.found}」无法识别`,
  "unreadable-value": (f) => `无法读取的单元格内容「${f.found}」`,
};

const en: FaultWords = {
  "text-too-long": (f) => `the text is ${f.length} characters long, over Excel's limit of ${f.limit}`,
  "no-cached-value": () => "the formula has no calculated result (recalculate and save it in Excel)",
  "bad-number": (f) => `the number "${f.found}" cannot be read`,
  "bad-string-index": (f) => `the shared-string index "${f.found}" is not a number`,
  "string-index-out-of-range": (f) => `the shared-string index ${f.found} is out of range`,
  "digits-lost": (f) =>
    `the number ${f.found} has more than Excel's 15 significant digits: the 16th on were turned to 0, so it is not the number typed; format the cell as text and type it again`,
  "bad-boolean": (f) => `the logical value "${f.found}" cannot be read`,
  "unknown-type": (f) => `the cell type "${f.found}" is unknown`,
  "unreadable-value": (f) => `the cell's content "${f.found}" cannot be read`,
};

const WORDS: Readonly<Record<Lang, FaultWords>> = { zh, en };

export function cellFaultText(fault: CellFault, lang: Lang): string {
  return (WORDS[lang][fault.fault] as (f: CellFault) => string)(fault);
}
