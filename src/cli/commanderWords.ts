/**
 * commander in the user's language: its help headings, the help and version options, defaults and choices,
 * and its error messages, which commander writes in English only. Its messages are recognised by the
 * error code commander attaches and the quoted names in them, and said again in Chinese (or kept in
 * English with --lang en). Help and errors wrap at the terminal's width with East Asian Width counted.
 */
import type { Command, CommanderError, Help, Option, Argument } from "commander";
import type { Lang } from "../engine";
import { displayWidth, wrapText } from "./terminalText";
import type { UsageProblem } from "./usageProblem";

const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "用法", "Options:": "选项：", "Commands:": "命令：", "Arguments:": "参数：",
};
const PLACEHOLDERS: Readonly<Record<string, string>> = { "[options]": "[选项]", "[command]": "[命令]" };

/** Help with Chinese headings, defaults and choices, wrapped by display width. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  const zh = lang === "zh";
  const extra = (choices: readonly string[] | undefined, def: unknown, show: boolean) => {
    const parts: string[] = [];
    if (choices) parts.push(`${zh ? "可选" : "choices"}: ${choices.join(zh ? "、" : ", ")}`);
    if (show && def !== undefined) parts.push(`${zh ? "默认" : "default"}: ${Array.isArray(def) ? def.join(" ") : String(def)}`);
    if (parts.length === 0) return "";
    return zh ? `（${parts.join("；").replace(/: /g, "：")}）` : ` (${parts.join(", ")})`;
  };
  return {
    styleTitle: (title: string) => (zh ? TITLES[title] ?? title : title),
    styleOptionText: (text: string) => (zh ? PLACEHOLDERS[text] ?? text : text),
    styleSubcommandText: (text: string) => (zh ? PLACEHOLDERS[text] ?? text : text),
    displayWidth: (text: string) => displayWidth(text),
    boxWrap: (text: string, width: number) => wrapText(text, width, 0),
    optionDescription: (option: Option) => {
      const show = typeof option.defaultValue === "string" && option.defaultValue !== "";
      return option.description + extra(option.argChoices, option.defaultValueDescription ?? option.defaultValue, show);
    },
    argumentDescription: (argument: Argument) => argument.description + extra(argument.argChoices, argument.defaultValue, argument.defaultValue !== undefined),
  } as Partial<Help>;
}

/** Help and version options and the help command, described in the user's language. */
export function localiseCommand(command: Command, lang: Lang): Command {
  const zh = lang === "zh";
  command.helpOption("-h, --help", zh ? "显示帮助" : "show help");
  return command;
}

export function helpCommandWords(lang: Lang): [string, string] {
  return ["help [command]", lang === "zh" ? "显示某个命令的帮助" : "show help for a command"];
}

export function versionWords(lang: Lang): string {
  return lang === "zh" ? "显示版本号" : "show the version number";
}

/**
 * commander's refusal as a usage problem (./usageWords.ts words it in the user's language). commander's
 * texts are stable per error code; the names it quotes are taken out of its message and put into ours.
 */
export function commanderProblem(error: CommanderError): UsageProblem {
  const raw = error.message.replace(/^error: /, "");
  const quoted = [...raw.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(raw)?.[1];
  const hint = suggestion === undefined ? {} : { suggestion };
  switch (error.code) {
    case "commander.unknownCommand":
      return { code: "UNKNOWN_COMMAND", name: quoted[0] ?? "", ...hint };
    case "commander.unknownOption":
      return { code: "UNKNOWN_OPTION", name: quoted[0] ?? "", ...hint };
    case "commander.missingArgument":
      return { code: "MISSING_ARGUMENT", name: quoted[0] ?? "" };
    case "commander.optionMissingArgument":
      return { code: "OPTION_NEEDS_VALUE", option: quoted[0] ?? "" };
    case "commander.missingMandatoryOptionValue":
      return { code: "OPTION_REQUIRED", option: quoted[0] ?? "" };
    case "commander.excessArguments": {
      const m = /Expected (\d+) arguments? but got (\d+)/.exec(raw);
      return { code: "EXCESS_ARGUMENTS", expected: m?.[1] ?? "?", got: m?.[2] ?? "?" };
    }
    case "commander.invalidArgument": {
      const choices = /Allowed choices are (.*)\.$/.exec(raw)?.[1];
      return {
        code: "INVALID_VALUE", option: quoted.length >= 2 ? quoted[0]! : "", value: (quoted.length >= 2 ? quoted[1] : quoted[0]) ?? "",
        ...(choices ? { choices: choices.split(", ") } : {}),
      };
    }
    default:
      return { code: "COMMAND_LINE", message: raw };
  }
}
