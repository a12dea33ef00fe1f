/**
 * What a worksheet function hands back before it reaches Excel: a value, or an error Excel shows as
 * #VALUE! (bad input, with a Chinese message) or #N/A (the value does not exist). Kept free of the
 * CustomFunctions global so the functions can be tested outside Excel; ./raise.ts is the one place that
 * turns a failure into CustomFunctions.Error.
 */
import type { Issue } from "../engine";
import { argMessage, type ArgNames } from "./argWords";

export type FnFailure = { readonly ok: false; readonly error: "value" | "na"; readonly message: string };
export type FnResult<T> = { readonly ok: true; readonly value: T } | FnFailure;

export function success<T>(value: T): FnResult<T> {
  return { ok: true, value };
}

/** #VALUE! with the issues' Chinese messages, each once, in order, naming the function's arguments. */
export function invalid(issues: readonly Issue[] | string, names: ArgNames = {}): FnFailure {
  const message = typeof issues === "string" ? issues : [...new Set(issues.map((i) => argMessage(i, names)))].join("；");
  return { ok: false, error: "value", message };
}

export function notAvailable(message: string): FnFailure {
  return { ok: false, error: "na", message };
}
