/**
 * xmllint over a package's parts: one run per schema for all the parts it checks, since parsing a schema
 * (sml.xsd is large) costs more than checking a part against it. A failure names the part, not the scratch file.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface XmlPart {
  readonly name: string;
  readonly xml: string | Uint8Array;
  /** The schema to validate against; none: checked for well-formedness only. */
  readonly schema?: string;
}

/** What xmllint says against each part that is not well-formed or not valid; [] when every part passes. */
export function xmllintFailures(parts: readonly XmlPart[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "lygip-xmllint-"));
  try {
    const files = parts.map((p, i) => {
      // Names of one length, so that no file's name is a prefix of another's in what xmllint says.
      const file = join(dir, `${String(i).padStart(5, "0")}.xml`);
      writeFileSync(file, p.xml);
      return file;
    });
    const bySchema = new Map<string, number[]>();
    parts.forEach((p, i) => bySchema.set(p.schema ?? "", [...(bySchema.get(p.schema ?? "") ?? []), i]));
    const failures: string[] = [];
    for (const [schema, indexes] of bySchema) {
      const args = ["--noout", "--nonet", ...(schema ? ["--schema", schema] : []), ...indexes.map((i) => files[i]!)];
      try {
        execFileSync("xmllint", args, { stdio: "pipe" });
      } catch (e) {
        const said = String((e as { stderr?: Buffer }).stderr ?? e);
        // Each file's own lines, under its part's name; "… validates" is xmllint's word for a part that passed.
        const lines = said.split("\n").filter((l) => l.trim() !== "" && !/ validates$/.test(l));
        const named = lines.map((l) => indexes.reduce((text, i) => text.split(files[i]!).join(parts[i]!.name), l));
        failures.push(...(named.length ? named : [said]));
      }
    }
    return failures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
