/** The check as a page's Web Worker loads it: bundled by browserBundle.e2e.test.ts, exposed on the global. */
import { checkFiles } from "../../src/check";

(globalThis as unknown as { lygipWebCheck: typeof checkFiles }).lygipWebCheck = checkFiles;
