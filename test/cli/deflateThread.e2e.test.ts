/**
 * The deflate thread as the built command line runs it (lib/): a check with a large part deflates it on
 * the thread, and its copy is byte for byte the copy the main thread's deflate makes (the check run
 * in-process from the sources, where no compiled thread script exists); and a process that started the
 * thread ends by itself, whether it ends normally, on an error with pieces still out, or on Ctrl-C.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateRows } from "../../bench/generate";
import { ensureLib, repoRoot } from "../support/built";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import { generatedApplication } from "../hostile/generatedTable";

const CHECKED_AT = "2026-03-01T09:30:00+08:00";
let dir: string;

beforeAll(() => {
  ensureLib();
  dir = tempDir();
}, 180_000);

/** `node -e script` with lib/ at hand; a process that does not end within the bound is killed and fails the test. */
function node(script: string) {
  return spawnSync(process.execPath, ["-e", script], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
}

const LIB = JSON.stringify(join(repoRoot, "lib", "cli"));

test("a check with a large part deflates it on the thread, and its copy is the main thread's, byte for byte", async () => {
  const input = join(dir, "申报.xlsx");
  writeFileSync(input, generatedApplication(generateRows({ rows: 6_000, seed: 7 })));
  const threaded = join(dir, "threaded");
  const r = node(`
    const { main } = require(${LIB} + "/main.js");
    const quiet = { stdout() {}, stderr() {}, ownsProcess: true };
    main(["node", "lygip", "check", ${JSON.stringify(input)}, "--out", ${JSON.stringify(threaded)}, "--quiet", "--checked-at", "${CHECKED_AT}"], quiet)
      .then((code) => process.stdout.write(JSON.stringify({ code, starts: require(${LIB} + "/nodeCodec.js").deflateThread.starts })));`);
  expect({ status: r.status, signal: r.signal, stderr: r.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
  const ran = JSON.parse(r.stdout) as { code: number; starts: number };
  expect(ran.starts).toBe(1);

  const here = join(dir, "here");
  const inProcess = await lygip("check", input, "--out", here, "--quiet", "--checked-at", CHECKED_AT);
  expect(inProcess.code).toBe(ran.code);
  const a = readFileSync(join(threaded, "申报.checked.xlsx"));
  const b = readFileSync(join(here, "申报.checked.xlsx"));
  expect(a.length).toBeGreaterThan(1024 * 1024);
  expect(a.equals(b)).toBe(true);
}, 300_000);

test("a check of a few rows, or one that writes no copy, never starts the thread; one of thousands that writes its copy does", () => {
  const few = join(dir, "few.xlsx");
  const many = join(dir, "many.xlsx");
  writeFileSync(few, generatedApplication(generateRows({ rows: 300, seed: 3 })));
  writeFileSync(many, generatedApplication(generateRows({ rows: 2_000, seed: 3 })));
  const startsFor = (input: string, write: boolean) => {
    const r = node(`
      const { main } = require(${LIB} + "/main.js");
      const quiet = { stdout() {}, stderr() {}, ownsProcess: true };
      main(["node", "lygip", "check", ${JSON.stringify(input)}, "--out", ${JSON.stringify(join(dir, "starts"))}, "--quiet", "--checked-at", "${CHECKED_AT}"${write ? "" : ", \"--no-write\""}], quiet)
        .then(() => process.stdout.write(String(require(${LIB} + "/nodeCodec.js").deflateThread.starts)));`);
    expect(r.stderr).toBe("");
    return Number(r.stdout);
  };
  expect(startsFor(few, true)).toBe(0);
  expect(startsFor(many, false)).toBe(0);
  expect(startsFor(many, true)).toBe(1);
}, 120_000);

/** A script that starts the thread with large pieces, takes `take` of them, then does `then`. */
function withPieces(take: number, then: string): string {
  return `
    const { DeflateThread } = require(${LIB} + "/deflateThread.js");
    const t = new DeflateThread();
    const piece = (i) => Buffer.from("<row><c><v>" + i + "</v></c></row>".repeat(40000));
    const out = [0, 1, 2, 3, 4, 5].map((i) => t.deflatePiece(piece(i), 3, i === 5));
    let bytes = 0;
    for (let i = 0; i < ${take}; i++) bytes += out[i]().length;
    if (t.starts !== 1) throw new Error("no thread");
    process.stdout.write("taken " + bytes + "\\n");
    ${then}`;
}

describe("a process that started the thread ends by itself", () => {
  test("when its work is done", () => {
    const r = node(withPieces(6, ""));
    expect({ status: r.status, signal: r.signal, stderr: r.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
    expect(r.stdout).toMatch(/^taken [1-9]\d*\n$/);
  });

  test("on an error, with pieces still out", () => {
    const r = node(withPieces(2, `throw new Error("stopped here");`));
    expect({ status: r.status, signal: r.signal }).toEqual({ status: 1, signal: null });
    expect(r.stderr).toContain("stopped here");
  });

  test("on Ctrl-C, with pieces still out", () => {
    const r = node(withPieces(1, `process.kill(process.pid, "SIGINT"); setTimeout(() => {}, 30000);`));
    expect(r.signal).toBe("SIGINT");
  });
});
