import ExcelJS from "exceljs";
import { dosDate, pinZipTimestamps } from "../../src/bench/zipTimestamps";

async function workbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date("2025-04-18T00:00:00Z");
  wb.addWorksheet("表").getCell("A1").value = "连云港";
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test("MS-DOS date of 2025-04-18: year since 1980 in the high bits, then month and day", () => {
  expect(dosDate("2025-04-18")).toBe((45 << 9) | (4 << 5) | 18);
});

test("two writes a few seconds apart come out the same once pinned", async () => {
  const first = await workbookBytes();
  jest.useFakeTimers({ now: new Date("2031-01-01T12:34:56Z"), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
  let second: Buffer;
  try {
    second = await workbookBytes();
  } finally {
    jest.useRealTimers();
  }
  expect(first.equals(second)).toBe(false);
  expect(pinZipTimestamps(first, "2025-04-18").equals(pinZipTimestamps(second, "2025-04-18"))).toBe(true);
});

test("a pinned workbook still opens with its content", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(pinZipTimestamps(await workbookBytes(), "2025-04-18") as unknown as ArrayBuffer);
  expect(wb.getWorksheet("表")!.getCell("A1").value).toBe("连云港");
});

test("bytes that are not a zip are refused, not patched", () => {
  expect(() => pinZipTimestamps(Buffer.alloc(100), "2025-04-18")).toThrow(/end of central directory/);
});
