/**
 * `--lang en` is English and `--lang zh` Chinese in everything the command line says: every case of
 * ./oneLanguage.ts (the hostile files at scale in one-language.e2e.test.ts), and the rule itself.
 */
import { QUICK_CASES } from "../hostile/generate";
import { eachInOneLanguage, fileCases, firstForeign, OTHER_CASES, run } from "./oneLanguage";

eachInOneLanguage([...fileCases(QUICK_CASES), ...OTHER_CASES]);

describe("the rule finds the other language", () => {
  it("a Chinese reason in English output is found", () => {
    expect(firstForeign("Base (yuan) cannot be read (文本长度 40000 个字符)", "en")).toBeDefined();
  });
  it("an English sentence in Chinese output is found, a code or an option is not", () => {
    expect(firstForeign("无法读取（ENOENT: no such file or directory）", "zh")).toBeDefined();
    expect(firstForeign("无法审核：UNREADABLE_FILE 不是 xlsx 文件；lygip --help 查看用法 --rate PLEDGE_LOAN=0.25", "zh")).toBeUndefined();
  });
  it("the cell reasons are English under --lang en, naming the length and the limit", async () => {
    const { text } = await run(OTHER_CASES.find((c) => c.name === "cells the reader cannot read")!, "en");
    expect(text).toContain("the text is 40000 characters long, over Excel's limit of 32767");
    expect(text).toContain("the shared-string index 99 is out of range");
  });
});
