/**
 * `--lang en` is English throughout (issue 12): a file that cannot be read is explained in English, its
 * detail too (which entry, which limit, which sheet), not the reader's Chinese.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { HOSTILE_CASES } from "../hostile/generate";

const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe("an unreadable file under --lang en", () => {
  const refused = HOSTILE_CASES.filter((c) => c.expect !== "ok" && c.expect !== "bad-cell");

  it.each(refused.map((c) => [c.name, c] as const))("%s: the message and its detail are English", async (_name, hostile) => {
    const bad = join(tempDir(), "hostile.xlsx");
    writeFileSync(bad, hostile.make());
    const r = await lygip("check", bad, "--json", "--no-write", "--lang", "en");
    const error = JSON.parse(r.stdout).files[0].error;
    expect(error).not.toBeNull();
    expect(error.message).not.toMatch(CHINESE);
  });

  it("a missing file says so in English, with the reason", async () => {
    const r = await lygip("check", join(tempDir(), "absent.xlsx"), "--json", "--no-write", "--lang", "en");
    expect(JSON.parse(r.stdout).files[0].error.message).toBe("the file cannot be read (no such file)");
  });

  it("a detail the reader gives is kept, in English: the entry of a zip bomb", async () => {
    const bomb = HOSTILE_CASES.find((c) => c.expect === "zip-bomb")!;
    const bad = join(tempDir(), "bomb.xlsx");
    writeFileSync(bad, bomb.make());
    const r = await lygip("check", bad, "--json", "--no-write", "--lang", "en");
    expect(JSON.parse(r.stdout).files[0].error.message).toMatch(/^an entry inflates too far .*\(entry .+ (inflates|of \d+ bytes)/);
  });
});
