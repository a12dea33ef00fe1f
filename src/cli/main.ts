/**
 * The `lygip` command line (docs/spec/REPORT.md "Command line").
 *
 * Only commander and this folder's small modules load at start; each command loads what it uses when it
 * runs (the engine and the workbook reader for check, the template writer for template), so `lygip --version`
 * and `lygip --help` answer at once. Everything commander prints (help, its own errors) is in the user's
 * language and wrapped by display width.
 */
import { Command, CommanderError, Option } from "commander";
import type { Lang } from "../engine";
import { commanderProblem, helpCommandWords, helpConfiguration, versionWords } from "./commanderWords";
import { EXIT, UsageError, widthOf, type Io } from "./io";
import type { UsageProblem } from "./usageProblem";
import { langOf } from "./lang";
import { wrapText } from "./terminalText";
import { packageVersion } from "./version";

const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stdoutBytes: (b) => void process.stdout.write(b),
  stderr: (t) => void process.stderr.write(t),
  get stdoutIsTTY() { return Boolean(process.stdout.isTTY); },
  get stderrIsTTY() { return Boolean(process.stderr.isTTY); },
  get columns() { return process.stdout.columns ?? process.stderr.columns ?? (Number(process.env.COLUMNS) || undefined); },
  ownsProcess: true,
};

/**
 * A reader that stops early (`lygip check … | head`) closes our stdout: that is the reader's choice, not a
 * failure, so the process ends quietly instead of dying on EPIPE with a stack trace.
 */
function endQuietlyOnClosedStdout(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/**
 * Anything unexpected is a failure of the run, never "rows with errors" (exit 1): one line (INTERNAL_ERROR)
 * and exit 2. The stack is for developers, shown with LYGIP_DEBUG=1.
 */
function crashProblem(e: unknown): UsageProblem {
  return { code: "INTERNAL_ERROR", message: (e instanceof Error ? e.message : String(e)).split(/\r?\n/, 1)[0]!.slice(0, 300) };
}

const WORDS = {
  zh: {
    description: "连政规发〔2025〕3号 知识产权资助申报审核：逐行核算金额、逐条引用条款。",
    check: "审核申报表（多个文件为一个批次），写出批注副本",
    files: "申报表 .xlsx（可多个）",
    out: "批注副本的输出目录（默认与输入文件同目录）",
    json: "输出 JSON 报告（schema 1；管道或文件中为紧凑格式）",
    pretty: "JSON 缩进排版，便于阅读",
    quiet: "只输出合计，不显示进度和问题明细",
    noWrite: "不写出批注副本",
    separate: "逐个文件单独审核",
    history: "以往核定记录（xlsx 或 csv）",
    rate: "年度通知另定的比例，如 PLEDGE_LOAN=0.25（可多次）",
    summary: "另写一个汇总工作簿（审核明细、汇总透视表、审核信息），覆盖整个批次",
    checkedAt: "审核时间（ISO 时间，如 2026-03-01T09:30:00+08:00）；默认取环境变量 SOURCE_DATE_EPOCH，否则为当前时间",
    lang: "输出语言",
    template: "生成空白申报模板",
    templateOut: "输出文件",
    items: "列出全部支持事项",
    itemsJson: "JSON 输出",
    explain: "逐步说明一行的计算",
    item: "事项代码、名称或简称，如 PLEDGE_LOAN、质押",
    values: "键=值：数量= 基数= 级别= 期限= 服务费= 比例=（或 quantity= base= level= months= fees= rate=）",
    examples: [
      "示例：",
      "  lygip check 申报表.xlsx",
      "  lygip check *.xlsx --out 审核结果 --history 2025年核定.xlsx",
      "  lygip check 申报表.xlsx --json > 报告.json",
      "  lygip check 申报表.xlsx --rate PLEDGE_LOAN=0.25 --lang en",
      "  lygip explain 质押 利息=180000 期限=18 服务费=20000",
      "  lygip items",
      "  lygip template --out 申报模板.xlsx",
      "",
      "退出码：0 每一行都通过（可有警告）；1 有行核减、不予支持或待核实；",
      "        2 用法错误或文件无法读取。",
    ],
    explainExamples: [
      "  lygip explain 质押 利息=180000 期限=18 服务费=20000",
      "  lygip explain 知识产权师 级别=高级 数量=2",
      "  lygip explain MEDIATION 数量=37",
    ],
    hint: "（lygip --help 查看用法）",
    error: "lygip：",
  },
  en: {
    description: "IP funding application checks under 连政规发〔2025〕3号 (Lianyungang): each row's amount, each clause cited.",
    check: "check application workbooks (several files are one batch) and write annotated copies",
    files: "application workbooks (.xlsx)",
    out: "folder for the annotated copies (default: beside each input)",
    json: "print the JSON report (schema 1; compact in a pipe or a file)",
    pretty: "indent the JSON for people",
    quiet: "print the totals only, no progress or problem list",
    noWrite: "write no annotated copy",
    separate: "check each file on its own",
    history: "earlier approvals (xlsx or csv)",
    rate: "a rate set by a yearly notice, e.g. PLEDGE_LOAN=0.25 (repeatable)",
    summary: "also write one workbook for the whole batch (detail table, pivot summary, check information)",
    checkedAt: "the check's time stamp (ISO time, e.g. 2026-03-01T09:30:00+08:00); default SOURCE_DATE_EPOCH, else now",
    lang: "output language",
    template: "write a blank application template",
    templateOut: "output file",
    items: "list every fundable item",
    itemsJson: "JSON output",
    explain: "explain one row's calculation step by step",
    item: "item code, name or short name, e.g. PLEDGE_LOAN or 质押",
    values: "key=value: quantity= base= level= months= fees= rate= (or the Chinese keys)",
    examples: [
      "Examples:",
      "  lygip check application.xlsx",
      "  lygip check *.xlsx --out checked --history approvals-2025.xlsx",
      "  lygip check application.xlsx --json > report.json",
      "  lygip check application.xlsx --rate PLEDGE_LOAN=0.25",
      "  lygip explain PLEDGE_LOAN base=180000 months=18 fees=20000",
      "  lygip items --lang en",
      "  lygip template --out template.xlsx",
      "",
      "Exit status: 0 every row approved (warnings allowed); 1 some row reduced,",
      "             rejected or needing review; 2 a usage error or an unreadable file.",
    ],
    explainExamples: [
      "  lygip explain PLEDGE_LOAN base=180000 months=18 fees=20000",
      "  lygip explain IP_ENGINEER level=高级 quantity=2",
      "  lygip explain MEDIATION quantity=37",
    ],
    hint: " (lygip --help shows the usage)",
    error: "lygip: ",
  },
} as const;

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnClosedStdout();
  const language: Lang = langOf(argv.slice(2));
  const w = WORDS[language];
  let exit: number = EXIT.clean;
  const program = new Command()
    .name("lygip")
    .description(w.description)
    .version(packageVersion(), "-V, --version", versionWords(language))
    .helpOption("-h, --help", language === "zh" ? "显示帮助" : "show help")
    .helpCommand(...helpCommandWords(language))
    .exitOverride()
    .configureHelp(helpConfiguration(language))
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // commander's own error lines are English: they are said again in the user's language below.
      outputError: () => {},
      getOutHelpWidth: () => widthOf(io),
      getErrHelpWidth: () => widthOf(io),
    })
    .addHelpText("after", `\n${w.examples.join("\n")}`);

  const lang = () => new Option("--lang <lang>", w.lang).choices(["zh", "en"]).default(language);

  program
    .command("check")
    .description(w.check)
    .argument("<files...>", w.files)
    .option("--out <dir>", w.out)
    .option("--json", w.json, false)
    .option("--pretty", w.pretty)
    .option("-q, --quiet", w.quiet, false)
    .option("--no-write", w.noWrite)
    .option("--separate", w.separate, false)
    .option("--history <file>", w.history)
    .option("--rate <item=rate>", w.rate, (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--summary <file>", w.summary)
    .option("--checked-at <time>", w.checkedAt)
    .addOption(lang())
    .addHelpText("after", `\n${[w.examples[0], ...w.examples.filter((l) => l.includes("lygip check"))].join("\n")}`)
    .action(async (files: string[], o: import("./checkCommand").CheckCommandOptions) => {
      const { runCheck } = await import("./checkCommand");
      exit = runCheck(files, o, io);
    });

  program
    .command("template")
    .description(w.template)
    .option("--out <file>", w.templateOut, "申报模板.xlsx")
    .addOption(lang())
    .action(async (o: { out: string; lang: Lang }) => {
      const { writeTemplate } = await import("./templateCommand");
      await writeTemplate(o.out, o.lang, io);
    });

  program
    .command("items")
    .description(w.items)
    .option("--json", w.itemsJson, false)
    .option("--pretty", w.pretty)
    .addOption(lang())
    .action(async (o: { json: boolean; pretty?: boolean; lang: Lang }) => {
      const { itemsJson, itemsText } = await import("./itemsCommand");
      const { writeJson } = await import("./jsonStream");
      if (o.json) writeJson(itemsJson(), io.stdout, o.pretty ?? Boolean(io.stdoutIsTTY), undefined, io.stdoutBytes);
      else io.stdout(itemsText(o.lang, io.stdoutIsTTY ? widthOf(io) : undefined));
    });

  program
    .command("explain")
    .description(w.explain)
    .argument("<item>", w.item)
    .argument("[values...]", w.values)
    .addOption(lang())
    .addHelpText("after", `\n${[w.examples[0], ...w.explainExamples].join("\n")}`)
    .action(async (item: string, values: string[], o: { lang: Lang }) => {
      const { explainForTerminal } = await import("./explainCommand");
      io.stdout(explainForTerminal(item, values, o.lang, io.stdoutIsTTY ? widthOf(io) : undefined));
    });

  const fail = (message: string) => {
    const text = `${w.error}${message}`;
    io.stderr(`${io.stderrIsTTY ? wrapText(text, widthOf(io), 2) : text}\n`);
    return EXIT.usage;
  };
  // The words of a failure load only when there is one.
  const words = async (problem: UsageProblem) => (await import("./usageWords")).usageText(problem, language);
  try {
    await program.parseAsync([...argv], { from: "node" });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0 || e.code === "commander.help" || e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT.clean;
      return fail((await words(commanderProblem(e))) + w.hint);
    }
    if (e instanceof UsageError) return fail(await words(e.problem));
    // The writer (and node:crypto behind it) loads only with the commands that write.
    const { OutputFailed, OutputRefused } = await import("./atomicWrite");
    if (e instanceof OutputRefused || e instanceof OutputFailed) return fail(await words(e.problem));
    if (process.env.LYGIP_DEBUG === "1" && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return fail(await words(crashProblem(e)));
  }
}
