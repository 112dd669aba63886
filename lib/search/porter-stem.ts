// The Porter stemmer exactly as SQLite's FTS5 `porter` tokenizer applies it (including its
// small departures from the 1980 paper), so that terms computed here are the terms stored
// in `paper_fts_vocab`. porter-stem.test.ts checks the two agree on real abstracts.

const isVowel = (c: string, yIsVowel: boolean) => "aeiou".includes(c) || (yIsVowel && c === "y");

/** Index just past the first vowel-then-consonant run starting at `from`, or 0 when there is none. */
function afterVowelConsonant(word: string, from: number, end: number, previousConsonant: boolean): number {
  let consonant = previousConsonant;
  let i = from;
  for (; i < end; i++) if (!(consonant = !isVowel(word[i], consonant))) break;
  for (i++; i < end; i++) if ((consonant = !isVowel(word[i], consonant))) return i + 1;
  return 0;
}

/** The Porter measure m of word[0, end) compared with 0, 1 or 2. */
const measureAbove0 = (w: string, end: number) => afterVowelConsonant(w, 0, end, false) !== 0;
function measureAbove1(w: string, end: number) {
  const first = afterVowelConsonant(w, 0, end, false);
  return first !== 0 && afterVowelConsonant(w, first, end, true) !== 0;
}
function measureIs1(w: string, end: number) {
  const first = afterVowelConsonant(w, 0, end, false);
  return first !== 0 && afterVowelConsonant(w, first, end, true) === 0;
}
function hasVowel(w: string, end: number) {
  for (let i = 0; i < end; i++) if (isVowel(w[i], i > 0)) return true;
  return false;
}
/** Ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(w: string, end: number) {
  if ("wxy".includes(w[end - 1])) return false;
  let mask = 0;
  let consonant = false;
  for (let i = 0; i < end; i++) mask = (mask << 1) + Number((consonant = !isVowel(w[i], consonant)));
  return (mask & 7) === 5;
}
const endsSOrTAbove1 = (w: string, end: number) => "st".includes(w[end - 1]) && measureAbove1(w, end);

type Condition = (word: string, stemEnd: number) => boolean;
type Rule = [suffix: string, replacement: string, condition: Condition];

/** Applies the first rule whose suffix matches (leaving a non-empty stem), if its condition holds. */
function applyFirst(word: string, rules: Rule[]): { word: string; applied: boolean } {
  for (const [suffix, replacement, condition] of rules) {
    if (word.length <= suffix.length || !word.endsWith(suffix)) continue;
    const stemEnd = word.length - suffix.length;
    if (!condition(word, stemEnd)) return { word, applied: false };
    return { word: word.slice(0, stemEnd) + replacement, applied: true };
  }
  return { word, applied: false };
}

const always: Condition = () => true;
const STEP_1B: Rule[] = [
  ["ed", "", hasVowel],
  ["ing", "", hasVowel],
];
const STEP_1B2: Rule[] = [
  ["at", "ate", always],
  ["bl", "ble", always],
  ["iz", "ize", always],
];
const STEP_2: Rule[] = (
  [
    ["ational", "ate"],
    ["tional", "tion"],
    ["enci", "ence"],
    ["anci", "ance"],
    ["izer", "ize"],
    ["logi", "log"],
    ["bli", "ble"],
    ["alli", "al"],
    ["entli", "ent"],
    ["eli", "e"],
    ["ousli", "ous"],
    ["ization", "ize"],
    ["ation", "ate"],
    ["ator", "ate"],
    ["alism", "al"],
    ["iveness", "ive"],
    ["fulness", "ful"],
    ["ousness", "ous"],
    ["aliti", "al"],
    ["iviti", "ive"],
    ["biliti", "ble"],
  ] as const
).map(([suffix, replacement]) => [suffix, replacement, measureAbove0]);
const STEP_3: Rule[] = (
  [
    ["ical", "ic"],
    ["ness", ""],
    ["icate", "ic"],
    ["iciti", "ic"],
    ["ful", ""],
    ["ative", ""],
    ["alize", "al"],
  ] as const
).map(([suffix, replacement]) => [suffix, replacement, measureAbove0]);
const STEP_4: Rule[] = [
  ...["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent"].map((suffix): Rule => [
    suffix,
    "",
    measureAbove1,
  ]),
  ["ion", "", endsSOrTAbove1],
  ...["ou", "ism", "ate", "iti", "ous", "ive", "ize"].map((suffix): Rule => [suffix, "", measureAbove1]),
];

function step1a(word: string): string {
  if (!word.endsWith("s")) return word;
  if ((word.length > 4 && word.endsWith("sses")) || (word.length > 3 && word.endsWith("ies"))) return word.slice(0, -2);
  return word.endsWith("ss") ? word : word.slice(0, -1);
}

function step1b(word: string): string {
  if (word.length > 3 && word.endsWith("eed")) return measureAbove0(word, word.length - 3) ? word.slice(0, -1) : word;
  const removed = applyFirst(word, STEP_1B);
  if (!removed.applied) return word;
  const restored = applyFirst(removed.word, STEP_1B2);
  if (restored.applied) return restored.word;
  const w = removed.word;
  const last = w[w.length - 1];
  if (!isVowel(last, false) && !"lsz".includes(last) && last === w[w.length - 2]) return w.slice(0, -1);
  if (measureIs1(w, w.length) && endsCvc(w, w.length)) return `${w}e`;
  return w;
}

function step5(word: string): string {
  let w = word;
  if (
    w.endsWith("e") &&
    (measureAbove1(w, w.length - 1) || (measureIs1(w, w.length - 1) && !endsCvc(w, w.length - 1)))
  ) {
    w = w.slice(0, -1);
  }
  if (w.length > 1 && w.endsWith("ll") && measureAbove1(w, w.length - 1)) w = w.slice(0, -1);
  return w;
}

/** The stem of one lower-cased, diacritic-free token, as FTS5's porter tokenizer stores it. */
export function porterStem(token: string): string {
  const bytes = Buffer.byteLength(token);
  if (bytes < 3 || bytes > 64) return token;
  let w = step1b(step1a(token));
  if (w.endsWith("y") && hasVowel(w, w.length - 1)) w = `${w.slice(0, -1)}i`;
  for (const rules of [STEP_2, STEP_3, STEP_4]) w = applyFirst(w, rules).word;
  return step5(w);
}

/** Splits text into tokens the way unicode61 with remove_diacritics does: lower case, accents dropped. */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{Mn}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
