/**
 * A reviewer's words added to one of lygip's notes are the reviewer's: the next check keeps that note as it
 * now reads (and gives the cell no note of its own: its messages are in the result columns), while the notes
 * nobody touched are replaced as before.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readZip, writeZip, type ZipArchive } from "../../src/workbook/zip";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");
const REVIEW = "复核：已电话核实，材料齐全";

const text = (zip: ZipArchive, name: string) => Buffer.from(zip.read(name)).toString("utf8");
const commentsOf = (zip: ZipArchive) => zip.entries.filter((e) => /^xl\/comments\d*\.xml$/.test(e.name)).map((e) => e.name);
/** ref → the note's text, as Excel shows it (runs joined). */
function notes(zip: ZipArchive): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of commentsOf(zip)) {
    for (const m of text(zip, part).matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>(.*?)<\/comment>/gs)) {
      out.set(m[1], [...m[2].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(""));
    }
  }
  return out;
}

async function checkInto(input: string) {
  const r = await lygip("check", input, "--json", "--out", tempDir());
  return { ...r, copy: readZip(readFileSync(JSON.parse(r.stdout).files[0].output)) };
}

describe("a note of lygip's that a reviewer added words to is theirs", () => {
  it("the reviewer's words survive the next check; untouched notes are lygip's and are written again", async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, join(dir, "申报表.xlsx"));
    const { copy } = await checkInto(join(dir, "申报表.xlsx"));
    const before = notes(copy);
    expect(before.size).toBeGreaterThan(1);
    const [cell, ours] = [...before][0];

    // The reviewer types below lygip's words in the note of `cell`.
    const part = commentsOf(copy)[0];
    const edited = writeZip(
      copy.entries.map((e) =>
        e.name === part
          ? { name: e.name, data: text(copy, part).replace(new RegExp(`(<comment ref="${cell}"[^>]*>.*?)(</t>)`, "s"), `$1\n${REVIEW}$2`) }
          : { copy: e },
      ),
    );
    expect(notes(readZip(edited)).get(cell)).toContain(REVIEW);
    writeFileSync(join(dir, "申报表.xlsx"), edited);

    const second = await checkInto(join(dir, "申报表.xlsx"));
    expect(second.code).not.toBe(2);
    const after = notes(second.copy);
    expect(after.get(cell)).toContain(REVIEW);
    expect(after.get(cell)).toContain(ours.split("\n")[0]);
    // Every other note is as the first check wrote it, once each.
    for (const [ref, t] of before) if (ref !== cell) expect(after.get(ref)).toBe(t);
    expect(after.size).toBe(before.size);
  });
});
