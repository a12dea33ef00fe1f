/** `lygip template`: the blank application template. */
import { existsSync } from "node:fs";
import { buildTemplate } from "../writer/template";
import { OutputRefused, writeAtomically } from "./atomicWrite";
import type { Io } from "./io";
import type { Lang } from "../engine";
import { outputWords } from "./outputWords";
import { inert } from "./terminalText";

export async function writeTemplate(out: string, lang: Lang, io: Io): Promise<void> {
  // A template carries no mark of a check, so any file already there is the user's: never overwrite it.
  if (existsSync(out)) throw new OutputRefused(out, "exists");
  writeAtomically(out, buildTemplate(), () => false);
  io.stdout(`${inert(outputWords(lang).templateWritten(out))}\n`);
}
