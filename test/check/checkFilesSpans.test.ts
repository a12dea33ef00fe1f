/**
 * checkFiles (the page's pipeline) hands the writer of a copy what the reader recorded of the table sheet,
 * as the command line does: the copy's rows are spliced from their spans (prepareSheetCellsFromSpans), the
 * sheet part is not parsed a second time (prepareSheetCells). The bytes are the same either way
 * (checkFiles.test.ts compares them with the command line's); here, which way they were made.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkFiles } from "../../src/check";
import * as sheetCells from "../../src/writer/sheetCells";

jest.mock("../../src/writer/sheetCells", () => {
  const actual = jest.requireActual<typeof import("../../src/writer/sheetCells")>("../../src/writer/sheetCells");
  return { ...actual, prepareSheetCells: jest.fn(actual.prepareSheetCells), prepareSheetCellsFromSpans: jest.fn(actual.prepareSheetCellsFromSpans) };
});

const SAMPLE = resolve(__dirname, "../../samples/申报表示例.xlsx");
const AT = new Date("2026-03-04T05:06:07.000Z");

beforeEach(() => jest.clearAllMocks());

test("one file's copy is spliced from the spans its reader recorded, its table sheet not parsed again", () => {
  const checked = checkFiles([{ name: "a.xlsx", bytes: readFileSync(SAMPLE) }], { checkedAt: AT });
  expect(checked.copies).toHaveLength(1);
  const fromSpans = jest.mocked(sheetCells.prepareSheetCellsFromSpans);
  expect(fromSpans).toHaveBeenCalledTimes(1);
  // Undefined would mean the spans did not fit the part and it was parsed after all.
  expect(fromSpans.mock.results[0]!.value).toBeDefined();
  expect(sheetCells.prepareSheetCells).not.toHaveBeenCalled();
});

test("each file of a batch of several is spliced from its own spans", () => {
  const bytes = readFileSync(SAMPLE);
  const checked = checkFiles([{ name: "a.xlsx", bytes }, { name: "b.xlsx", bytes }], { checkedAt: AT });
  expect(checked.copies).toHaveLength(2);
  const fromSpans = jest.mocked(sheetCells.prepareSheetCellsFromSpans);
  expect(fromSpans).toHaveBeenCalledTimes(2);
  expect(fromSpans.mock.results.every((r) => r.value !== undefined)).toBe(true);
  expect(sheetCells.prepareSheetCells).not.toHaveBeenCalled();
});
