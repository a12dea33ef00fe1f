/**
 * What the tests need built, each once per run: the command line as `npm ci` compiles it (lib/, which
 * bin/lygip.js runs), and the add-in as `npm run build` writes it.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { oncePerRun } from "./oncePerRun";

export const repoRoot = path.resolve(__dirname, "..", "..");

/** The URL the shared add-in build is made for; the manifest test checks every URL of the built manifest against it. */
export const TEST_ADDIN_URL = "https://ip.lyg.example.cn/addin/";

function run(what: string, args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
}

/** Compiles src/ into lib/ and bundles the command line (lib/cli/bundle.js, which bin/lygip.js runs), once per run. */
export function ensureLib(): void {
  oncePerRun("lib", () => {
    run("tsc -p tsconfig.build.json", [require.resolve("typescript/bin/tsc", { paths: [repoRoot] }), "-p", "tsconfig.build.json"]);
    const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [repoRoot] });
    run("webpack -c webpack.cli.config.js", [cli, "-c", "webpack.cli.config.js", "--stats", "errors-warnings"]);
  });
}

/** Runs webpack as `npm run build` does, into `outDir`, with extra `--env` settings. Throws with webpack's output when it fails. */
export function webpackBuild(outDir: string, env: string[] = []): void {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [repoRoot] });
  run("webpack", [cli, "--mode", "production", "--env", `outDir=${outDir}`, ...env.flatMap((e) => ["--env", e])]);
}

/** The production add-in build for TEST_ADDIN_URL, made once per run and shared read-only by the tests. */
export function addinBuild(): string {
  return oncePerRun("addin", (dir) => webpackBuild(dir, [`url=${TEST_ADDIN_URL}`]));
}
