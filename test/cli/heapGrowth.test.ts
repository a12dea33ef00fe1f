/** A full collection asked for by the command line frees what nothing holds, outside the heap too. */
import { collectGarbage } from "../../src/cli/heapGrowth";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

test("collectGarbage frees a large buffer that nothing holds", async () => {
  collectGarbage();
  let held: Uint8Array | undefined = new Uint8Array(64 * 1024 * 1024).fill(1);
  // Measured with the buffer held, not before it: V8 may still be returning memory freed earlier, on a
  // thread of its own, so the growth from an earlier reading can show short of 64 MB on a busy machine.
  const holding = process.memoryUsage().arrayBuffers;
  expect(holding).toBeGreaterThanOrEqual(64 * 1024 * 1024);
  expect(held[held.length - 1]).toBe(1);
  const ref = new WeakRef(held);
  held = undefined;
  // A WeakRef keeps its target until the turn that made it ends.
  await nextTurn();
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
  // The dead buffer's memory is returned on that thread too: it may take a moment to show.
  const freed = holding - 48 * 1024 * 1024;
  for (let i = 0; i < 200 && process.memoryUsage().arrayBuffers > freed; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(process.memoryUsage().arrayBuffers).toBeLessThanOrEqual(freed);
});
