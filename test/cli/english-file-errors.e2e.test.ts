/** `--lang en` on the refused hostile files at scale: each message and its detail English (englishFileErrors.ts). */
import { AT_SCALE_CASES } from "../hostile/generate";
import { eachRefusalInEnglish } from "./englishFileErrors";

describe("an unreadable file at scale under --lang en", () => {
  eachRefusalInEnglish(AT_SCALE_CASES);
});
