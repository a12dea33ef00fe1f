/**
 * The JSON report written as it is serialised, in chunks, rather than built as one string first: a
 * 100,000-row report is about 100 MB of text, which JSON.stringify would hold (twice, while writing) in
 * memory. The bytes are exactly JSON.stringify's, compact or with two-space indentation.
 */

const CHUNK = 1 << 16;

export function writeJson(value: unknown, write: (text: string) => void, pretty: boolean): void {
  let buffer = "";
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = "";
    }
  };
  serialise(value, emit, pretty ? "\n" : null);
  emit("\n");
  if (buffer) write(buffer);
}

/** `newline` is null for compact output, else "\n" followed by the current indentation. */
function serialise(value: unknown, emit: (text: string) => void, newline: string | null): void {
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    emit(JSON.stringify(value) ?? "null");
    return;
  }
  const inner = newline === null ? null : `${newline}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit("[]");
    emit("[");
    value.forEach((item, i) => {
      if (i > 0) emit(",");
      if (inner !== null) emit(inner);
      // Inside an array, undefined and functions are written as null, as JSON.stringify does.
      serialise(item === undefined || typeof item === "function" ? null : item, emit, inner);
    });
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
    serialise(v, emit, inner);
  });
  if (newline !== null) emit(newline);
  emit("}");
}
