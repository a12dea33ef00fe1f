/**
 * Text for a terminal: what comes from a workbook (cell text, sheet and file names) is shown, never obeyed.
 * Control characters (C0, DEL, C1), ANSI escape sequences, line and paragraph separators and the bidi
 * controls that reorder what is shown are written as visible escapes, so a cell can neither colour nor
 * clear the screen, nor forge a line of the summary with a newline (issue 10, point 11).
 */

import { isWide } from "../output/eastAsianWidth";

// C0 and DEL, C1, U+2028/2029 (line breaks to some terminals), and the bidi controls (Trojan Source).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** One untrusted piece of text made inert for a terminal. */
export function inert(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/**
 * Columns a character takes in a terminal (Unicode East Asian Width: W and F are two columns; combining
 * marks none; Ambiguous as one, as most terminals outside CJK legacy locales show them).
 */
export function charWidth(codePoint: number): number {
  if (codePoint === 0x200b || (codePoint >= 0x0300 && codePoint <= 0x036f) || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) return 0;
  return isWide(codePoint) ? 2 : 1;
}

/** Columns a string takes in a terminal (ANSI colour sequences take none). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, "")) width += charWidth(ch.codePointAt(0)!);
  return width;
}

// Punctuation that may not begin a line (closing marks) or end one (opening marks), as Chinese typesetting has it.
// 第 and 条 are kept with the clause number between them: 第（七）条 never breaks inside.
const NO_LINE_START = new Set([..."，。、；：？！）」』】》〉”’,.;:?!)]}%％…条"]);
const NO_LINE_END = new Set([..."（「『【《〈“‘([{第"]);
const CHINESE_NUMERALS = new Set([..."零〇一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟元角分整"]);

/**
 * Pieces a line may break between: each wide character alone, and runs of narrow non-space characters
 * kept whole, so a number (1,234,567.89), a code (PLEDGE_LOAN) or a path never breaks inside. Closing
 * punctuation sticks to what it closes, opening punctuation to what it opens.
 */
function pieces(line: string): string[] {
  const out: string[] = [];
  let narrow = "";
  let glueNext = false;
  let numeral = false;
  const push = (piece: string) => {
    if (out.length > 0 && (glueNext || NO_LINE_START.has([...piece][0]))) out[out.length - 1] += piece;
    else out.push(piece);
    glueNext = NO_LINE_END.has([...piece].at(-1)!);
  };
  for (const ch of line) {
    if (ch === " ") {
      if (narrow) push(narrow);
      narrow = "";
      out.push(" ");
      glueNext = false;
    } else if (charWidth(ch.codePointAt(0)!) === 2 || (ch > "\u007f" && (NO_LINE_START.has(ch) || NO_LINE_END.has(ch)))) {
      // ASCII punctuation stays inside its run: "1,234.56" and "(7)" are one piece.
      if (narrow) push(narrow);
      narrow = "";
      // A number in Chinese numerals or capitals (第（二十一）条, 肆佰玖拾肆万柒仟柒佰元整) is one piece too.
      const isNumeral = CHINESE_NUMERALS.has(ch);
      if (isNumeral && numeral && out.length > 0) out[out.length - 1] += ch;
      else push(ch);
      numeral = isNumeral;
      continue;
    } else narrow += ch;
    numeral = false;
  }
  if (narrow) push(narrow);
  return out;
}

/**
 * One line wrapped to `width` columns. Continuation lines are indented by the line's own indent plus
 * `hang` spaces. A piece wider than the line (a long path) is left whole rather than cut.
 */
export function wrapLine(line: string, width: number, hang = 2): string[] {
  if (displayWidth(line) <= width) return [line];
  const indent = /^ */.exec(line)![0];
  const next = indent + " ".repeat(hang);
  const lines: string[] = [];
  let current = indent;
  let used = indent.length;
  for (const piece of pieces(line.slice(indent.length))) {
    const w = displayWidth(piece);
    if (piece === " ") {
      if (used + 1 <= width) { current += " "; used += 1; }
      continue;
    }
    if (used + w > width && current.trim() !== "") {
      lines.push(current.trimEnd());
      current = next;
      used = next.length;
    }
    current += piece;
    used += w;
  }
  if (current.trim() !== "") lines.push(current.trimEnd());
  return lines;
}

/** A block of text wrapped line by line. */
export function wrapText(text: string, width: number, hang = 2): string {
  return text.split("\n").flatMap((l) => wrapLine(l, width, hang)).join("\n");
}
