/**
 * Does a costly step once per `jest` run however many test files ask for it, in whichever worker asks
 * first; the others wait for it and reuse its result. Files of the run's scratch folder carry the state, so
 * it holds across workers and across test files (each file has its own module registry).
 * Outside a run made with test/globalSetup.ts (a single file run by another config), each call does the step.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const WAIT_MS = 10 * 60 * 1000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `step(dir)` once per run and returns `dir`, the folder it may write into. A step that throws fails
 * every caller with its message.
 */
export function oncePerRun(name: string, step: (dir: string) => void): string {
  const run = process.env.LYGIP_TEST_RUN;
  if (!run || !fs.existsSync(run)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lygip-${name}-`));
    step(dir);
    return dir;
  }
  const dir = path.join(run, name);
  const done = path.join(run, `${name}.done`);
  const failed = path.join(run, `${name}.failed`);
  try {
    fs.mkdirSync(dir);
  } catch {
    // Another test file got here first: wait for its result.
    const until = Date.now() + WAIT_MS;
    while (!fs.existsSync(done) && !fs.existsSync(failed)) {
      if (Date.now() > until) throw new Error(`${name}: gave up waiting for another worker's build`);
      sleep(200);
    }
    if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, "utf8"));
    return dir;
  }
  try {
    step(dir);
  } catch (e) {
    fs.writeFileSync(failed, `${name} failed: ${(e as Error).message}`);
    throw e;
  }
  fs.writeFileSync(done, "");
  return dir;
}
