/**
 * Settings a page address may carry, for scripted use and tests: `?lang=en`, `?checkedAt=<ISO time>` (the
 * check's time stamp, as the command line's --checked-at, so the downloads can be compared byte for byte)
 * and `?folder=<path>` (the folder the files lie in, so each copy records its input as the command line's
 * copy would). None is needed by a person using the page.
 */
import type { Lang } from "../engine";

export interface PageParams {
  readonly lang?: Lang;
  readonly checkedAt?: string;
  readonly folder?: string;
}

export function pageParams(search: string): PageParams {
  const q = new URLSearchParams(search);
  const lang = q.get("lang");
  const checkedAt = q.get("checkedAt");
  const folder = q.get("folder");
  const valid = checkedAt !== null && !Number.isNaN(new Date(checkedAt).getTime());
  return {
    ...(lang === "zh" || lang === "en" ? { lang } : {}),
    ...(valid ? { checkedAt } : {}),
    ...(folder ? { folder } : {}),
  };
}
