/**
 * `--lang en` is English throughout (issue 12): a file that cannot be read is explained in English, its
 * detail too (which entry, which limit, which sheet), not the reader's Chinese.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { HOSTILE_CASES, QUICK_CASES } from "../hostile/generate";
import { eachRefusalInEnglish } from "./englishFileErrors";

describe("an unreadable file under --lang en", () => {
  eachRefusalInEnglish(QUICK_CASES);

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
