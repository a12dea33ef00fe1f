/** `--lang en` and `--lang zh` on the hostile files at scale: each message in one language (oneLanguage.ts). */
import { AT_SCALE_CASES } from "../hostile/generate";
import { eachInOneLanguage, fileCases } from "./oneLanguage";

eachInOneLanguage(fileCases(AT_SCALE_CASES));
