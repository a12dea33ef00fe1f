/** A full collection asked for by the command line frees what nothing holds, outside the heap too. */
import { collectGarbage } from "../../src/cli/heapGrowth";

test("collectGarbage frees a large buffer that nothing holds", () => {
  collectGarbage();
  const before = process.memoryUsage().arrayBuffers;
  let held: Uint8Array | undefined = new Uint8Array(64 * 1024 * 1024).fill(1);
  expect(process.memoryUsage().arrayBuffers).toBeGreaterThanOrEqual(before + 64 * 1024 * 1024);
  expect(held[held.length - 1]).toBe(1);
  held = undefined;
  collectGarbage();
  expect(process.memoryUsage().arrayBuffers).toBeLessThan(before + 16 * 1024 * 1024);
});
