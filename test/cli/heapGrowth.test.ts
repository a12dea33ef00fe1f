/** A full collection asked for by the command line frees what nothing holds, outside the heap too. */
import { collectGarbage } from "../../src/cli/heapGrowth";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

test("collectGarbage frees a large buffer that nothing holds", async () => {
  collectGarbage();
  const before = process.memoryUsage().arrayBuffers;
  let held: Uint8Array | undefined = new Uint8Array(64 * 1024 * 1024).fill(1);
  expect(process.memoryUsage().arrayBuffers).toBeGreaterThanOrEqual(before + 64 * 1024 * 1024);
  expect(held[held.length - 1]).toBe(1);
  const ref = new WeakRef(held);
  held = undefined;
  // A WeakRef keeps its target until the turn that made it ends.
  await nextTurn();
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
  // V8 returns a dead buffer's memory on a thread of its own: it may take a moment to show.
  for (let i = 0; i < 200 && process.memoryUsage().arrayBuffers >= before + 16 * 1024 * 1024; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(process.memoryUsage().arrayBuffers).toBeLessThan(before + 16 * 1024 * 1024);
});
