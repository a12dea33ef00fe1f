/**
 * The sample is rewritten through the product's own zip reader and writer so that building it twice gives
 * the same bytes, whatever the clock says while exceljs writes it.
 */
import ExcelJS from "exceljs";
import { withFixedTimestamps } from "../../scripts/sample";
import { readZip } from "../../src/workbook/zip";

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date("2025-04-18T00:00:00Z");
  wb.addWorksheet("表").getCell("A1").value = "连云港";
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test("two writes a few seconds apart come out the same once rewritten", async () => {
  const first = await workbookBytes();
  jest.useFakeTimers({ now: new Date("2031-01-01T12:34:56Z"), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
  let second: Uint8Array;
  try {
    second = await workbookBytes();
  } finally {
    jest.useRealTimers();
  }
  expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
  expect(withFixedTimestamps(first).equals(withFixedTimestamps(second))).toBe(true);
});

test("every entry keeps its name and content, in the same order", async () => {
  const original = readZip(await workbookBytes());
  const rewritten = readZip(withFixedTimestamps(await workbookBytes()));
  expect(rewritten.entries.map((e) => e.name)).toEqual(original.entries.map((e) => e.name));
  for (const e of original.entries) expect(Buffer.from(rewritten.read(e.name)).equals(Buffer.from(original.read(e.name)))).toBe(true);
});

test("a rewritten workbook still opens with its content", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(withFixedTimestamps(await workbookBytes()) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("表")!.getCell("A1").value).toBe("连云港");
});

test("bytes that are not a zip are refused, not patched", () => {
  expect(() => withFixedTimestamps(new Uint8Array(100))).toThrow();
});
