/**
 * A stand-in for the globals Excel's JavaScript-only runtime provides (CustomFunctions.Error, ErrorCode,
 * associate), so the functions can be called as Excel calls them. Error codes are the runtime's own strings.
 */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" } as const;

export function fakeCustomFunctions(associated = new Map<string, (...args: unknown[]) => unknown>()) {
  return {
    Error: FakeExcelError,
    ErrorCode,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void associated.set(id, fn),
  };
}

export function installFakeRuntime(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = fakeCustomFunctions();
}

/** Call a function the way Excel does and report what the cell would show. */
export function cell(call: () => unknown): { value?: unknown; error?: string; message?: string } {
  try {
    return { value: call() };
  } catch (e) {
    if (e instanceof FakeExcelError) return { error: e.code, message: e.message };
    throw e;
  }
}
