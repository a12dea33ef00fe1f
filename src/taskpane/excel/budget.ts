/**
 * Excel refuses a request over 5 MB. Writes are queued with an estimate of their size and a sync is made
 * only when the next write would pass the budget, so a small check is one request and a large one a few,
 * never one per row.
 */

/** Below Excel's 5 MB request limit, with room for the envelope of each operation. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** What one queued operation costs beyond its data: its object path and method name. */
const OPERATION_OVERHEAD = 160;

export function estimateBytes(payload: unknown): number {
  const json = JSON.stringify(payload) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes + OPERATION_OVERHEAD;
}

export class RequestBudget {
  private used = 0;
  private syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queuing an operation of this estimated size; syncs first if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    this.used += bytes;
  }

  async flush(): Promise<void> {
    await this.finish();
    // The suspension ends with each sync; a large write keeps Excel from recalculating between its parts.
    this.context.application.suspendApiCalculationUntilNextSync();
  }

  /** The last sync of a write. */
  async finish(): Promise<void> {
    await this.context.sync();
    this.syncs += 1;
    this.used = 0;
  }

  get syncCount(): number {
    return this.syncs;
  }
}
