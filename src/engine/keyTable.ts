/**
 * Whole numbers to small whole numbers, for the cross-row rules that count per unit and item (unitItemKey)
 * over hundreds of thousands of rows: an open-addressed table in two typed arrays, made for one batch. A key
 * costs no map entry, no boxed number and nothing the garbage collector walks; the values are places in a
 * list the caller keeps.
 */

/** Keys are whole numbers from 0 to 2^53 − 1; stored as key + 1, so that 0 marks a free place. */
export class KeyTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  /** `expected`: about how many keys the batch will hold; the table grows past it as needed. */
  constructor(expected = 8) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** How many keys the table holds. */
  get size(): number {
    return this.count;
  }

  /** The value of `key`, or -1 where it has none. */
  get(key: number): number {
    const keys = this.keys;
    const stored = key + 1;
    let at = spread(key) & this.mask;
    for (;;) {
      const k = keys[at];
      if (k === stored) return this.values[at];
      if (k === 0) return -1;
      at = (at + 1) & this.mask;
    }
  }

  /** Give `key` the value `value` (0 to 2^31 − 1), in place of any it had. */
  set(key: number, value: number): void {
    const keys = this.keys;
    const stored = key + 1;
    let at = spread(key) & this.mask;
    for (;;) {
      const k = keys[at];
      if (k === stored) {
        this.values[at] = value;
        return;
      }
      if (k === 0) break;
      at = (at + 1) & this.mask;
    }
    keys[at] = stored;
    this.values[at] = value;
    // At most half full, so a probe ends soon.
    if (2 * ++this.count > this.mask) this.grow();
  }

  /** The table twice the size, every key in its place there. */
  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const mask = this.mask * 2 + 1;
    const keys = new Float64Array(mask + 1);
    const values = new Int32Array(mask + 1);
    for (let p = 0; p < oldKeys.length; p++) {
      const stored = oldKeys[p];
      if (stored === 0) continue;
      let at = spread(stored - 1) & mask;
      while (keys[at] !== 0) at = (at + 1) & mask;
      keys[at] = stored;
      values[at] = oldValues[p];
    }
    this.keys = keys;
    this.values = values;
    this.mask = mask;
  }
}

/**
 * A key's bits mixed into 32, so that keys that differ only in their high part (a unit number above an item's
 * place, a year above a level) still spread over the table.
 */
function spread(key: number): number {
  const low = key >>> 0;
  const high = (key - low) / 4294967296;
  const h = Math.imul(low ^ Math.imul(high | 0, 0x27d4eb2f), 0x9e3779b1);
  return h ^ (h >>> 15);
}
