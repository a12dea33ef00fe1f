/**
 * One scratch folder per `jest` run, shared by every worker: what is expensive to build (the compiled
 * command line, the add-in bundle) is built at most once per run, on first need, into it (see
 * support/oncePerRun.ts). A run that needs neither builds neither.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function globalSetup(): void {
  process.env.LYGIP_TEST_RUN = fs.mkdtempSync(path.join(os.tmpdir(), "lygip-test-run-"));
  // The command line speaks the locale's language (English under an en_* locale): the tests expect its
  // default, Chinese, whatever the machine they run on; a test wanting English says --lang en.
  for (const v of ["LC_ALL", "LC_MESSAGES", "LANG"]) delete process.env[v];
}
