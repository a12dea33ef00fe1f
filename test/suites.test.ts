/**
 * `npm test` stays about a minute because what is slow by nature is named `*.e2e.test.ts` and runs in
 * `npm run test:e2e`. A test file that starts a process (other than xmllint checking a part), builds the
 * command line or the add-in, drives a browser or renders with LibreOffice says so in its name.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const TEST_ROOT = __dirname;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** What makes a test file end-to-end, each with why. */
const E2E_MARKERS: readonly (readonly [RegExp, string])[] = [
  [/from "(\.\.\/)+support\/built"/, "builds lib/ or the add-in (support/built.ts)"],
  [/from "(\.\.\/)+support\/render"/, "renders with LibreOffice (support/render.ts)"],
  [/from "playwright-core"|\.\/harness"/, "drives Chromium"],
  [/(?<![.\w])(spawn|spawnSync|execSync|fork|exec)\(/, "starts a process"],
  [/(?<![.\w])execFileSync\((?!"xmllint"|"which"|lint\b)/, "starts a process other than xmllint"],
  [/(?<![.\w])(runMeasured|runBenchmark)\(/, "runs and measures a process"],
];

test("every test file that starts a process, builds, drives a browser or renders is named *.e2e.test.ts", () => {
  const misnamed = testFiles(TEST_ROOT)
    .filter((file) => !/\.e2e\.test\.tsx?$/.test(file) && file !== __filename)
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return E2E_MARKERS.filter(([re]) => re.test(source)).map(([, why]) => `${relative(TEST_ROOT, file)}: ${why}`);
    });
  expect(misnamed).toEqual([]);
});
