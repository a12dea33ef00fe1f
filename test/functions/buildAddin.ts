/**
 * Builds the add-in as `npm run build` does, into a fresh temporary directory (never the developer's
 * dist/), and returns where. The build is what the tests of the bundle and the manifest examine.
 */
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";

export const repoRoot = path.resolve(__dirname, "../..");

export function buildAddin(extraEnv: string[] = []): string {
  const outDir = mkdtempSync(path.join(tmpdir(), "lygip-addin-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [repoRoot] });
  const args = [cli, "--mode", "production", "--env", `outDir=${outDir}`, ...extraEnv.flatMap((e) => ["--env", e])];
  const run = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
