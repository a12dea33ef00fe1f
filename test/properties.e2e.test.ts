/**
 * The property tests at their full count of cases, each from a fresh seed: `npm test` tries a fixed sample
 * of each (support/sampled.ts). Every test file that samples is loaded here again with LYGIP_PROPERTIES=full,
 * its tests registered under its name.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /(?<!\.e2e)\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const sampling = testFiles(__dirname).filter((file) => /from "(\.\.\/)*\.?\/?support\/sampled"/.test(readFileSync(file, "utf8")));

process.env.LYGIP_PROPERTIES = "full";

test("the files that sample a property are found", () => {
  expect(sampling.length).toBeGreaterThan(0);
});

for (const file of sampling) {
  describe(relative(__dirname, file), () => {
    require(file);
  });
}
