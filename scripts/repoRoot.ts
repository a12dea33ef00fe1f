/**
 * The repository's root, found from a compiled or a source file alike: the nearest folder above `from`
 * whose package.json is this package's (by default, above this file). Scripts, the benchmark and the browser
 * tests' drivers run from `build/` as well as from source.
 */
import fs from "node:fs";
import path from "node:path";

export function repoRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string }).name === "lygip") {
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`no lygip package.json above ${from}`);
  }
}
