/**
 * Reading the outcome column against a clause's condition (MEASURES.md decision 17). A canonical text is
 * read exactly. Other text is read clause by clause, and for each fact the condition asks, the last clause
 * that states it governs, because people narrate in time order (「一审败诉，二审和解并获赔偿」). Of the
 * branches of an "A 或 B" condition, the one decided last governs.
 */
import type { Item } from "../policy/items";
import { normalise } from "../policy/normalise";
import { FAILURE_WORDS, LINKS, NEGATIONS, NEGATIONS_AFTER, NEUTRAL_WORDS, NOT_YET_AFTER, NOT_YET_BEFORE, NOT_YET_NEGATIONS, NOT_YET_RIGHT_BEFORE, OBJECT_NOUNS, OTHER_MATTERS, PASSING_AFTER, PASSING_AFTER_REACH, PASSING_BEFORE, PENDING_WORDS, UNDOING_WORDS, type ClauseCondition, type FactState } from "../policy/outcomes";
import { memoise } from "../policy/memo";

/** `words`: what decided it, as written after normalising; `found`: the text read, or null when blank. */
export type ConditionReading =
  | { readonly result: "met" }
  | { readonly result: "notMet"; readonly words: string }
  | { readonly result: "unknown"; readonly found: string | null };

/** A word the reader looks for, what it says, and of which facts. */
interface Term {
  readonly word: string;
  readonly state: FactState;
  readonly facts: readonly string[];
  /** A `no` word of a "没有…" fact: negated, it states the fact holds. */
  readonly inverted: boolean;
}

/** What the text says of one fact, where (its end in the normalised text) and in which words. */
interface Statement {
  readonly state: FactState;
  readonly words: string;
  readonly at: number;
}

const alternatives = (words: readonly string[]) => words.join("|");
const NEGATED_BEFORE = new RegExp(`(${alternatives(NEGATIONS)})(?:${alternatives(LINKS)})*$`);
/** A not-yet word earlier in the clause bears on the word: 拟于明年验收, 待专家验收. */
const NOT_YET_ANYWHERE_BEFORE = new RegExp(alternatives(NOT_YET_BEFORE));
const PASSED_BEFORE = new RegExp(alternatives(PASSING_BEFORE));
const NOT_YET_RIGHT_BEFORE_RE = new RegExp(`(?:${alternatives(NOT_YET_RIGHT_BEFORE)})(?:${alternatives(LINKS)})*$`);
/** Clauses: split at ，；。; and at 后/之后/随后 (normalising has made ，； into ,;). */
const CLAUSE_BREAK = /[,;。]|之后|随后|后/g;
/** A line break in the cell parts two events as a comma does (初验未通过⏎复验通过); normalising would drop it. */
const LINE_BREAK = /[\r\n\u2028\u2029\u0085]+/g;
const PASSING_AFTER_RE = new RegExp(alternatives(PASSING_AFTER));
const QUALIFIED = "基本";

const MET: ConditionReading = { result: "met" };
const BLANK_EVENT: ConditionReading = { result: "unknown", found: null };

/**
 * Reads the row's outcome cell for the item's condition; an item without one is met. A check hands its own
 * readers (one per condition, remembering each text); a single reading makes its own.
 */
export function readCondition(item: Item, outcome: string | null, readers: ConditionReaders = new ConditionReaders()): ConditionReading {
  const condition = item.condition;
  if (!condition) return MET;
  const found = outcome?.trim() ?? "";
  if (found === "") return condition.kind === "grant" ? MET : BLANK_EVENT;
  return readers.of(condition)(found);
}

/** Distinct outcome texts remembered per condition: a batch repeats a few dozen, a hostile file may repeat none. */
const MAX_TEXTS = 1_000;

/**
 * What one check remembers of its outcome cells: one reader per condition, each remembering every distinct
 * text it has read (a batch repeats the same outcomes). Made per check, so nothing outlives it.
 */
export class ConditionReaders {
  private readonly byCondition = new Map<ClauseCondition, (text: string) => ConditionReading>();

  of(condition: ClauseCondition): (text: string) => ConditionReading {
    let reader = this.byCondition.get(condition);
    if (!reader) this.byCondition.set(condition, (reader = readerOf(condition)));
    return reader;
  }
}

function readerOf(condition: ClauseCondition): (text: string) => ConditionReading {
  const terms = termsOf(condition);
  const canonical = new Map(condition.canonical.map((c) => [normalise(c.text), c.met]));
  return memoise((found: string): ConditionReading => {
    const text = normalise(found);
    const exact = canonical.get(text);
    if (exact !== undefined) return exact ? MET : { result: "notMet", words: found };
    return decide(condition, statements(normalise(found.replace(LINE_BREAK, ";")), terms), found);
  }, MAX_TEXTS);
}

/**
 * The condition's own words and the words every condition reads alike (failure, …中), each longest first, so
 * 部分胜诉 is read before 胜诉 and 二审审理中 before 审理中.
 */
interface Terms {
  readonly own: readonly Term[];
  readonly common: readonly Term[];
  /** Matters other than the condition's own (资金, 绩效评价 where the condition is not about it). */
  readonly otherMatters: readonly string[];
}

function termsOf(condition: ClauseCondition): Terms {
  const byWord = new Map<string, Term>();
  const add = (word: string, state: FactState, facts: readonly string[], inverted = false) => {
    const seen = byWord.get(word);
    if (!seen) byWord.set(word, { word, state, facts, inverted });
    else if (seen.state === state) byWord.set(word, { ...seen, facts: [...seen.facts, ...facts] });
  };
  for (const f of condition.facts) {
    for (const w of f.yes) add(w, "yes", [f.id]);
    for (const w of f.no ?? []) add(w, "no", [f.id], Boolean(f.silentYes));
    for (const w of f.notYet ?? []) add(w, "notYet", [f.id]);
    for (const w of f.unclear ?? []) add(w, "unclear", [f.id]);
    for (const w of f.names ?? []) add(w, "named", [f.id]);
  }
  const all = condition.facts.map((f) => f.id);
  const common = [
    ...FAILURE_WORDS.map((word): Term => ({ word, state: "no", facts: all, inverted: false })),
    ...PENDING_WORDS.map((word): Term => ({ word, state: "notYet", facts: all, inverted: false })),
    ...NEUTRAL_WORDS.map((word): Term => ({ word, state: "named", facts: [], inverted: false })),
  ];
  const longestFirst = (terms: Term[]) => terms.sort((a, b) => b.word.length - a.word.length);
  const otherMatters = OTHER_MATTERS.filter((w) => !condition.words.includes(w));
  return { own: longestFirst([...byWord.values()]), common: longestFirst(common), otherMatters };
}

/** Per fact, what the last clause that states it says. */
function statements(text: string, terms: Terms): Map<string, Statement> {
  const out = new Map<string, Statement>();
  let start = 0;
  for (const m of [...text.matchAll(CLAUSE_BREAK), null]) {
    const end = m ? m.index! : text.length;
    readClause(text.slice(start, end), start, terms, out);
    if (m) start = end + m[0].length;
  }
  return out;
}

/** A word found in a clause and what it says with the words around it. */
interface Found extends Said {
  readonly term: Term;
}

/**
 * A clause states a fact by its last word that says an outcome of it; a word that only names the fact
 * (named) stands where nothing has been said of it, in this clause or before. The condition's own words are
 * read first, with the negation around them; a common word counts only outside them (未通过验收 is one
 * statement).
 */
function readClause(clause: string, offset: number, terms: Terms, out: Map<string, Statement>): void {
  const found = scan(clause, terms.own, []);
  // 「通过验收，资金待拨付」「2026年绩效评价不合格」: a clause about another matter says nothing of the condition.
  const aboutOther = found.length === 0 && terms.otherMatters.some((w) => clause.includes(w));
  const all = [...found, ...(aboutOther ? [] : scan(clause, terms.common, found))].sort((a, b) => a.end - b.end);
  const said = new Map<string, Statement>();
  const named = new Map<string, Statement>();
  for (const f of all) {
    const statement = { state: f.state, words: f.words, at: offset + f.end };
    for (const fact of f.term.facts) (f.state === "named" ? named : said).set(fact, statement);
  }
  for (const [f, s] of named) if (!said.has(f) && !out.has(f)) out.set(f, s);
  for (const [f, s] of said) out.set(f, s);
}

/** The terms found left to right, longest at each place, outside the spans `taken`; undone words dropped. */
function scan(clause: string, terms: readonly Term[], taken: readonly Found[]): Found[] {
  const out: Found[] = [];
  const spans = coverage(clause.length, taken);
  const marks = marksOf(clause);
  for (let i = 0; i < clause.length; ) {
    if (spans.reach[i] > i) {
      i = spans.reach[i];
      continue;
    }
    const term = terms.find((t) => clause.startsWith(t.word, i) && !spans.startsWithin(i + 1, i + t.word.length));
    if (!term) {
      i++;
      continue;
    }
    const said = stateOf(clause, i, i + term.word.length, term, marks);
    // A negation read after the word is part of it: 和解失败 is not 和解 and then 失败.
    i = said ? said.end : i + term.word.length;
    if (said) out.push({ ...said, term });
  }
  return out;
}

/**
 * The spans already read, so a clause is scanned once whatever it holds: `reach[i]` is the furthest end of a
 * span that starts at or before i (i is inside one when it is greater than i).
 */
function coverage(length: number, taken: readonly Found[]) {
  const reach = new Int32Array(length + 1);
  const starts = new Uint8Array(length + 1);
  for (const t of taken) {
    reach[t.start] = Math.max(reach[t.start], t.end);
    starts[t.start] = 1;
  }
  for (let i = 1; i <= length; i++) reach[i] = Math.max(reach[i], reach[i - 1]);
  const startsWithin = (from: number, to: number) => {
    for (let i = from; i < to && i <= length; i++) if (starts[i]) return true;
    return false;
  };
  return { reach, startsWithin };
}

/** What a clause holds that bears on every word in it, found once: its first not-yet and passing words, its last undoing word. */
interface Marks {
  readonly notYet: RegExpExecArray | null;
  readonly passed: RegExpExecArray | null;
  readonly lastUndoing: number;
}

function marksOf(clause: string): Marks {
  return {
    notYet: NOT_YET_ANYWHERE_BEFORE.exec(clause),
    passed: PASSED_BEFORE.exec(clause),
    lastUndoing: UNDOING_WORDS.reduce((last, w) => Math.max(last, clause.lastIndexOf(w)), -1),
  };
}

/** The first match of a word list, where it ends before `start`. */
const before = (m: RegExpExecArray | null, start: number) => (m && m.index + m[0].length <= start ? m : null);

/** How far around a word its negation, not-yet word or passing word may stand. */
const NEAR = 16;

/** What a word says of its facts, in which words, and the span of those words in the clause. */
interface Said {
  readonly state: FactState;
  readonly words: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What a word says once the negation right before or after it, or a not-yet word before it in its clause
 * (拟于明年验收), is read; null if a later word undoes it.
 */
function stateOf(clause: string, start: number, end: number, term: Term, marks: Marks): Said | null {
  const after = clause.slice(end, end + NEAR);
  const undone = marks.lastUndoing >= end;
  const plain = (state: FactState): Said => ({ state, words: term.word, start, end });
  if (term.state === "notYet") return plain("notYet");
  // 「不合格项已整改」: a later word undoes the failure.
  if (term.state === "no" && !term.inverted) return undone ? null : plain("no");
  const negated = NEGATED_BEFORE.exec(clause.slice(Math.max(0, start - 8), start));
  if (negated) {
    const from = start - negated[0].length;
    const words = negated[0] + term.word;
    if (term.inverted) return { state: "yes", words, start: from, end };
    return { state: NOT_YET_NEGATIONS.includes(negated[1]) ? "notYet" : "no", words, start: from, end };
  }
  const negatedAfter = NEGATIONS_AFTER.find((w) => after.startsWith(w));
  if (negatedAfter && !(undone && !term.inverted)) {
    return { state: term.inverted ? "yes" : "no", words: term.word + negatedAfter, start, end: end + negatedAfter.length };
  }
  if (term.inverted) return plain("no");
  const pendingAfter = term.state === "yes" ? NOT_YET_AFTER.find((w) => after.startsWith(w)) : undefined;
  if (pendingAfter) return { state: "notYet", words: term.word + pendingAfter, start, end: end + pendingAfter.length };
  const nearFrom = Math.max(0, start - NEAR);
  const rightBefore = NOT_YET_RIGHT_BEFORE_RE.exec(clause.slice(nearFrom, start));
  const notYetAt = before(marks.notYet, start)?.index ?? (rightBefore ? nearFrom + rightBefore.index : -1);
  if (notYetAt >= 0) return { state: "notYet", words: clause.slice(notYetAt, end), start, end };
  if (after.startsWith("中")) return { state: "notYet", words: `${term.word}中`, start, end: end + 1 };
  // 结题材料已提交: the word names a thing (its papers, its application), not an outcome.
  if (term.state === "yes" && OBJECT_NOUNS.some((w) => after.startsWith(w))) return plain("named");
  if (term.state === "named") {
    const passed = before(marks.passed, start);
    if (passed) {
      // 未通过市局组织的验收: the negation bears on 通过.
      const negatedPass = NEGATED_BEFORE.exec(clause.slice(Math.max(0, passed.index - 8), passed.index));
      if (negatedPass) {
        const from = passed.index - negatedPass[0].length;
        return { state: NOT_YET_NEGATIONS.includes(negatedPass[1]) ? "notYet" : "no", words: clause.slice(from, end), start: from, end };
      }
      return { state: "yes", words: clause.slice(passed.index, end), start: passed.index, end };
    }
    const passing = undone ? null : PASSING_AFTER_RE.exec(after.slice(0, PASSING_AFTER_REACH));
    if (passing) {
      // 验收结论：合格 states it; 验收没有通过, 验收结论：不合格 state it failed.
      const to = end + passing.index + passing[0].length;
      const between = after.slice(0, passing.index);
      const negatedPass = NEGATED_BEFORE.exec(between);
      // 基本合格 is a grade some schemes pass and some do not: not known.
      const state: FactState = between.endsWith(QUALIFIED) ? "unclear"
        : !negatedPass ? "yes" : NOT_YET_NEGATIONS.includes(negatedPass[1]) ? "notYet" : "no";
      return { state, words: clause.slice(start, to), start, end: to };
    }
  }
  return plain(term.state);
}

/** Each branch met, not met or undecided; the branch decided last governs. */
function decide(condition: ClauseCondition, said: Map<string, Statement>, found: string): ConditionReading {
  const silentYes = new Set(condition.facts.filter((f) => f.silentYes).map((f) => f.id));
  let last: { reading: ConditionReading; at: number } | null = null;
  for (const branch of condition.branches) {
    let failed: Statement | null = null;
    let allYes = true;
    let at = -1;
    for (const fact of branch) {
      const s = said.get(fact);
      if (!s) {
        if (!silentYes.has(fact)) allYes = false;
      } else if (s.state === "no" || s.state === "notYet") {
        if (!failed || s.at > failed.at) failed = s;
      } else if (s.state === "unclear" || s.state === "named") allYes = false;
      else at = Math.max(at, s.at);
    }
    const decided: { reading: ConditionReading; at: number } | null = failed
      ? { reading: { result: "notMet", words: failed.words }, at: failed.at }
      : allYes ? { reading: MET, at } : null;
    if (decided && (!last || decided.at > last.at)) last = decided;
  }
  return last ? last.reading : { result: "unknown", found };
}
