/**
 * The language of everything the command line prints: `--lang zh|en` where given (anywhere on the line, so
 * commander's own messages about a bad line are in that language too), else the locale (LC_ALL, then
 * LC_MESSAGES, then LANG: English where it names English), else Chinese.
 */
import type { Lang } from "../engine";

export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (value === "en" || value === "zh") return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "zh";
}
