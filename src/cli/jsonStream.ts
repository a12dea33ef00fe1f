/**
 * The JSON report written as it is serialised, in chunks, rather than built as one string first: a
 * 100,000-row report is about 100 MB of text, which JSON.stringify would hold (twice, while writing) in
 * memory. The bytes are exactly JSON.stringify's, compact or with two-space indentation.
 *
 * Where the host takes bytes (the command line's stdout), each piece is encoded as UTF-8 straight into a
 * chunk of bytes: a chunk joined as a string of a row's pieces was flattened, then encoded, by the stream,
 * about 0.15 s of 0.6 for a 100,000-row report, and a large string to collect for each chunk.
 */
import { ByteRun } from "../workbook/bytes";

const CHUNK = 1 << 16;
/** Arrays up to this long are walked item by item; longer ones (a file's rows) have each item stringified whole. */
const ITEMS_WALKED = 16;

/**
 * Items written in place of an array the value holds (by identity), made one at a time as they are written:
 * a report's rows are then never all held as objects (a 100,000-row report's are over 100 MB). `length` is
 * how many `items` gives; the bytes are those of the same value with the array holding the items.
 */
export type DeferredArrays = ReadonlyMap<unknown, { readonly length: number; readonly items: () => Iterable<unknown> }>;

/** `writeBytes`: where the host takes UTF-8 bytes, each chunk handed on as bytes it keeps (a fresh one follows). */
export function writeJson(
  value: unknown, write: (text: string) => void, pretty: boolean, deferred?: DeferredArrays, writeBytes?: (bytes: Uint8Array) => void,
): void {
  if (writeBytes) {
    // A piece longer than a third of the chunk goes to `write` whole, after the bytes before it (ByteRun).
    const run = new ByteRun({ write, writeBytes }, CHUNK);
    serialise(value, (text) => run.text(text), pretty ? "\n" : null, deferred);
    run.ascii("\n");
    run.flush();
    return;
  }
  let buffer = "";
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = "";
    }
  };
  serialise(value, emit, pretty ? "\n" : null, deferred);
  emit("\n");
  if (buffer) write(buffer);
}

/** `newline` is null for compact output, else "\n" followed by the current indentation. */
function serialise(value: unknown, emit: (text: string) => void, newline: string | null, deferred: DeferredArrays | undefined): void {
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    emit(JSON.stringify(value) ?? "null");
    return;
  }
  const inner = newline === null ? null : `${newline}  `;
  if (Array.isArray(value)) {
    const later = deferred?.get(value);
    const length = later ? later.length : value.length;
    if (length === 0) return emit("[]");
    emit("[");
    // A long array is a report's rows: each item is small, so the engine's own JSON.stringify writes it
    // whole (an order of magnitude faster than walking it here); the indentation JSON.stringify gives an
    // item on its own differs from its place in the whole only by the indentation of that place.
    const whole = length > ITEMS_WALKED;
    let i = 0;
    for (const item of later ? later.items() : value) {
      if (i++ > 0) emit(",");
      if (inner !== null) emit(inner);
      // Inside an array, undefined and functions are written as null, as JSON.stringify does.
      const v = item === undefined || typeof item === "function" ? null : item;
      if (whole) emit(inner === null ? JSON.stringify(v) ?? "null" : (JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, inner));
      else serialise(v, emit, inner, deferred);
    }
    if (newline !== null) emit(newline);
    emit("]");
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (entries.length === 0) return emit("{}");
  emit("{");
  entries.forEach(([key, v], i) => {
    if (i > 0) emit(",");
    if (inner !== null) emit(inner);
    emit(JSON.stringify(key) + (inner !== null ? ": " : ":"));
    serialise(v, emit, inner, deferred);
  });
  if (newline !== null) emit(newline);
  emit("}");
}
