/** The page's catalogs by language, and the pane's verdict and amount words, which the page shows alike. */
import type { Lang } from "../../engine";
import { en } from "./en";
import { zh } from "./zh";
import type { PageTexts } from "./types";

export type { PageTexts, RateWordsProblem } from "./types";

export const PAGE_TEXTS: Readonly<Record<Lang, PageTexts>> = { zh, en };
