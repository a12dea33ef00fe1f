/**
 * The version `lygip --version` prints: the package's own, read from package.json without loading the
 * engine (a test keeps it equal to the engine's TOOL_VERSION, which the JSON report carries). Where the
 * compiled code runs away from its package (a build into another folder), the engine's is used.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function packageVersion(): string {
  try {
    // src/cli and lib/cli both sit two levels below the package root.
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { name?: string; version?: string };
    if (pkg.name === "lygip" && typeof pkg.version === "string") return pkg.version;
  } catch {
    // no package.json beside this build: fall through
  }
  return (require("../engine/report") as typeof import("../engine/report")).TOOL_VERSION;
}
