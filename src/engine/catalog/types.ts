import type { Issue, IssueCode } from "../issues";

/** One message per issue code, typed by the code's own fields. */
export type Catalog = { readonly [C in IssueCode]: (issue: Extract<Issue, { code: C }>) => string };
