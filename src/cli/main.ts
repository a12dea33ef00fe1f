/** The `lygip` command line (docs/spec/REPORT.md "Command line"). */
import { existsSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import type { Lang } from "../engine";
import { TOOL_VERSION } from "../engine";
import { buildTemplate } from "../workbook/template";
import { OutputFailed, OutputRefused, writeAtomically } from "./atomicWrite";
import { EXIT, runCheck, type Io } from "./checkCommand";
import { explainText } from "./explainCommand";
import { itemsJson, itemsText } from "./itemsCommand";
import { UsageError } from "./rates";

const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

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
 * Anything unexpected is a failure of the run, never "rows with errors" (exit 1): one line and exit 2.
 * The stack is for developers, shown with LYGIP_DEBUG=1.
 */
function reportCrash(e: unknown, io: Io): number {
  const message = (e instanceof Error ? e.message : String(e)).split(/\r?\n/, 1)[0]!.slice(0, 300);
  io.stderr(`lygip：内部错误，审核未完成（${message}）；设置环境变量 LYGIP_DEBUG=1 可显示详细信息\n`);
  if (process.env.LYGIP_DEBUG === "1" && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return EXIT.usage;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnClosedStdout();
  let exit: number = EXIT.clean;
  const program = new Command()
    .name("lygip")
    .description("连政规发〔2025〕3号 知识产权资助申报审核 / IP funding application checks")
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  const lang = () => new Option("--lang <lang>", "输出语言 zh|en").choices(["zh", "en"]).default("zh");

  program
    .command("check")
    .description("审核申报表（多个文件为一个批次） / check application workbooks as one batch")
    .argument("<files...>", "申报表 .xlsx")
    .option("--out <dir>", "批注副本的输出目录（默认与输入文件同目录）")
    .option("--json", "输出 JSON 报告（schema 1）", false)
    .option("--no-write", "不写出批注副本")
    .option("--separate", "逐个文件单独审核", false)
    .option("--history <file>", "以往核定记录（xlsx 或 csv）")
    .option("--rate <item=rate>", "年度比例，如 PLEDGE_LOAN=0.25（可多次）", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addOption(lang())
    .action((files: string[], o: { out?: string; json: boolean; write: boolean; separate: boolean; history?: string; rate: string[]; lang: Lang }) => {
      exit = runCheck(files, o, io);
    });

  program
    .command("template")
    .description("生成空白申报模板 / write a blank application template")
    .option("--out <file>", "输出文件", "申报模板.xlsx")
    .action(async (o: { out: string }) => {
      // A template carries no mark of a check, so any file already there is the user's: never overwrite it.
      if (existsSync(o.out)) throw new OutputRefused(`${o.out} 已存在，未覆盖；请用 --out 指定另一个文件名`);
      writeAtomically(o.out, await buildTemplate(), () => false);
      io.stdout(`已写出申报模板：${o.out}\n`);
    });

  program
    .command("items")
    .description("列出全部支持事项 / list every fundable item")
    .option("--json", "JSON 输出", false)
    .addOption(lang())
    .action((o: { json: boolean; lang: Lang }) => {
      io.stdout(o.json ? JSON.stringify(itemsJson(), null, 2) + "\n" : itemsText(o.lang));
    });

  program
    .command("explain")
    .description("逐步说明一行的计算 / explain one row's calculation, e.g. lygip explain PLEDGE_LOAN base=180000 months=18 fees=20000")
    .argument("<item>", "事项代码、名称或别名")
    .argument("[values...]", "quantity= base= level= months= fees= rate=")
    .addOption(lang())
    .action((item: string, values: string[], o: { lang: Lang }) => {
      io.stdout(explainText(item, values, o.lang));
    });

  try {
    await program.parseAsync([...argv], { from: "node" });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.clean : EXIT.usage;
    if (e instanceof UsageError || e instanceof OutputRefused || e instanceof OutputFailed) {
      io.stderr(`lygip：${e.message}\n`);
      return EXIT.usage;
    }
    return reportCrash(e, io);
  }
}
