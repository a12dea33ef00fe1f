/**
 * The committed sample file, read the way the command line reads it: every row shows the message it is
 * there for, and the clean rows pass.
 */
import path from "node:path";
import { loadFile } from "../../src/cli/loadFile";
import { checkBatch, type RowResult } from "../../src/engine";
import { REMARK_HEADER, SAMPLE_FILE_NAME, SAMPLE_ROWS } from "../../scripts/sample";

const file = loadFile(path.join(__dirname, "..", "..", "samples", SAMPLE_FILE_NAME), 0);
const results: RowResult[] = file.ok ? checkBatch([file.rows])[0] : [];

test("the file is read whole: one row per sample row, the 备注 column left out of the table's fields", () => {
  expect(file.ok).toBe(true);
  expect(results.map((r) => r.ref.row)).toEqual(SAMPLE_ROWS.map((_, i) => i + 2));
  if (file.ok) expect([...file.layout.columns.values()].map((c) => c.header)).not.toContain(REMARK_HEADER);
});

test.each(SAMPLE_ROWS.map((s, i) => [i + 2, s.shows] as const))("row %i: %s", (row, shows) => {
  const r = results.find((x) => x.ref.row === row)!;
  const code = /^([A-Z_]+):/.exec(shows)?.[1];
  const found = r.issues.map((i) => i.code);
  if (code) expect(found).toEqual([code]);
  else if (shows.startsWith("clean")) expect(found).toEqual([]);
  else if (shows.startsWith("a #N/A cell")) expect(found).toEqual(["BAD_NUMBER"]);
  else if (/capped|over the patentee|left under the cap/.test(shows)) expect(found.length).toBe(1);
  else expect(r.status).toBe("ok");
});
