/**
 * Reading the outcome column (decision 17): met, failed or unclear. Negation is read — a word counts as
 * stated only where no negation stands right before it — and failure or pending words fail the outcome.
 */
import { FAILURE_WORDS, NEGATION_LINKS, NEGATIONS, PENDING_WORDS, normalise, type OutcomeVocabulary } from "../policy";

export type OutcomeReading = "met" | "failed" | "unclear";

const NEGATED_TAIL = new RegExp(`(?:${NEGATIONS.join("|")})(?:${NEGATION_LINKS.join("|")})?$`);

/** Whether `word` stands in `text` at least once without a negation right before it. */
export function statedWithoutNegation(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!NEGATED_TAIL.test(text.slice(Math.max(0, i - 4), i))) return true;
  }
  return false;
}

/** Whether `word` stands in `text` with a negation right before it. */
function negated(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (NEGATED_TAIL.test(text.slice(Math.max(0, i - 4), i))) return true;
  }
  return false;
}

export function readOutcome(found: string, v: OutcomeVocabulary): OutcomeReading {
  const text = normalise(found);
  if (FAILURE_WORDS.some((w) => text.includes(w)) || PENDING_WORDS.some((w) => text.includes(w))) return "failed";
  // The documents find the applicant infringing, stated without negation (和解（载明申请人侵权）).
  if (v.infringement?.some((w) => statedWithoutNegation(text, w) && !negatedInfringement(text, w))) return "failed";
  if (v.negatable.some((w) => negated(text, w))) return "failed";
  if (v.metWords.some((w) => statedWithoutNegation(text, w))) return "met";
  if (v.metPairs?.some(([a, b]) => statedWithoutNegation(text, a) && statedWithoutNegation(text, b))) return "met";
  return "unclear";
}

/** 没有载明申请人构成侵权: the negation may stand before 载明 rather than right before 构成侵权. */
function negatedInfringement(text: string, word: string): boolean {
  const i = text.indexOf(word);
  const before = text.slice(Math.max(0, i - 10), i);
  return new RegExp(`(?:${NEGATIONS.join("|")})(?:${NEGATION_LINKS.join("|")})?(?:载明|认定|写明)`).test(before) ||
    /(?:不|未|没有)$/.test(before);
}
