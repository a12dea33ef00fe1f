/**
 * The JSON report read by a program that stops early (issue 13): `lygip check … | head -1` ends the run
 * quietly, with no error on stderr, whichever way the report is printed.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { ensureLib } from "../support/built";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "samples", "申报表示例.xlsx");

describe("a reader that stops early", () => {
  beforeAll(() => ensureLib(), 180_000);
  test.each([
    [["--json", "--pretty"]],
    [[]],
  ])("lygip check %j | head -1 ends quietly, with no error on stderr", (extra) => {
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" bin/lygip.js check "${SAMPLE}" --no-write ${extra.join(" ")} | head -1; echo "status=$?" >&2`], {
      cwd: ROOT, encoding: "utf8",
    });
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/^status=\d+\n$/);
  });
});
