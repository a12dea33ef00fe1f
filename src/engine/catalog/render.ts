/** Messages from per-locale catalogs: Chinese first, English second. */
import type { Issue } from "../issues";
import { en } from "./en";
import type { Catalog } from "./types";
import { zh } from "./zh";

export type Lang = "zh" | "en";
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { zh, en };

export function render(issue: Issue, lang: Lang): string {
  const fn = CATALOGS[lang][issue.code] as (i: Issue) => string;
  return fn(issue);
}
