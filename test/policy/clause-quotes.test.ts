/**
 * A clause quoted as （N）「…」 anywhere in the sources, the tests or the docs is the clause's own words: each part
 * between elisions (…) stands in clause （N） of the policy text, white space aside. A test written from the text
 * cites the text, not a paraphrase of it or another edition's wording.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const policy = fs.readFileSync(path.join(root, "docs/policy/lianyungang-2025-3.md"), "utf8");

/** Each clause's paragraph, white space removed, by its number (一 … 二十二). */
const CLAUSES = new Map<string, string>();
for (const line of policy.split("\n")) {
  const m = /^（([一二三四五六七八九十]+)）/.exec(line);
  if (m) CLAUSES.set(m[1]!, line.replace(/\s+/g, ""));
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) {
      if (name !== "node_modules" && name !== "fixtures") files(p, out);
    } else if (/\.(ts|md)$/.test(name)) out.push(p);
  }
  return out;
}

const QUOTE = /（([一二三四五六七八九十]+)）(?:条)?「([^」]{6,})」/g;

describe("clause quotes", () => {
  it("the policy text has its 22 clauses", () => {
    expect(CLAUSES.size).toBe(22);
  });

  it("every （N）「…」 in src, test and docs stands in clause （N）", () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const file of ["src", "test", "docs"].flatMap((d) => files(path.join(root, d)))) {
      for (const m of fs.readFileSync(file, "utf8").matchAll(QUOTE)) {
        seen++;
        const clause = CLAUSES.get(m[1]!) ?? "";
        const parts = m[2]!.replace(/\s+/g, "").split(/…+|\.\.\./).filter((p) => p !== "");
        if (!parts.every((p) => clause.includes(p))) wrong.push(`${path.relative(root, file)}: （${m[1]}）「${m[2]}」`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
