import { toFtsPhrase } from "@/lib/search/fts-phrase";

/** Longer input is a paste, not a query: FTS5 would AND hundreds of words and find nothing. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_TERMS = 32;
/** A shorter last word is matched exactly: `a*` would expand to most of the vocabulary. */
const MIN_PREFIX_LENGTH = 3;

export type FtsQuery =
  | {
      ok: true;
      /** An FTS5 MATCH expression over `paper_fts(title, authors, summary)`; bind it as a parameter. */
      match: string;
      /** Author names from `author:` filters, as typed. */
      authors: string[];
    }
  | { ok: false; error: string };

interface Term {
  text: string;
  quoted: boolean;
  negated: boolean;
  author: boolean;
}

const FIELD = /^(-?)(authors?):/i;

/** Splits input into bare words, "quoted phrases", -exclusions and author:"name" filters. */
function scanTerms(input: string): { terms: Term[]; endsInsideWord: boolean } {
  const terms: Term[] = [];
  let rest = input;
  while ((rest = rest.trimStart())) {
    let negated = false;
    let author = false;
    const field = FIELD.exec(rest);
    if (field) {
      negated = field[1] === "-";
      author = true;
      rest = rest.slice(field[0].length);
    } else if (/^-[^\s-]/.test(rest)) {
      negated = true;
      rest = rest.slice(1);
    }
    if (rest.startsWith('"')) {
      // An unbalanced quote runs to the end of the input rather than failing.
      const close = rest.indexOf('"', 1);
      const end = close === -1 ? rest.length : close;
      terms.push({ text: rest.slice(1, end), quoted: true, negated, author });
      rest = rest.slice(end + 1);
    } else {
      // Brackets and commas split words, so "(attention, need)" is two words, not a phrase.
      const word = /^[^\s"(){}[\],;]*/.exec(rest)![0];
      terms.push({ text: word, quoted: false, negated, author });
      rest = rest.slice(Math.max(word.length, 1));
    }
  }
  return { terms, endsInsideWord: /[\p{L}\p{N}]$/u.test(input) };
}

function toExpression(term: Term, prefix: boolean): string | null {
  const phrase = toFtsPhrase(term.text);
  if (!phrase) return null;
  const expression = prefix ? `${phrase}*` : phrase;
  return term.author ? `{authors} : ${expression}` : expression;
}

/**
 * Turns what a person typed into a safe FTS5 MATCH expression, or says why it cannot.
 * Every word is quoted, so FTS5 syntax in the input (AND, NEAR, *, ^, parentheses, column
 * names) is searched for as text, never interpreted. Words are ANDed; "quoted text" is a
 * phrase; the last bare word also matches as a prefix; `-word` excludes; `author:"name"`
 * (or author:name) must match in the author list. Matching is stemmed by the index.
 *
 * Callers that want any of several queries (digest topics) can join the `match` strings
 * as `(a) OR (b)`.
 */
export function buildFtsQuery(input: string): FtsQuery {
  if (input.length > MAX_QUERY_LENGTH) {
    return { ok: false, error: `The search is too long: keep it under ${MAX_QUERY_LENGTH} characters.` };
  }
  const { terms, endsInsideWord } = scanTerms(input.normalize("NFC"));
  const last = terms.at(-1);
  const include: string[] = [];
  const exclude: string[] = [];
  for (const term of terms) {
    const lastWord = /[\p{L}\p{N}]+$/u.exec(term.text)?.[0] ?? "";
    const prefix =
      term === last && endsInsideWord && !term.quoted && !term.negated && lastWord.length >= MIN_PREFIX_LENGTH;
    const expression = toExpression(term, prefix);
    if (expression) (term.negated ? exclude : include).push(expression);
  }
  if (include.length + exclude.length > MAX_QUERY_TERMS) {
    return { ok: false, error: `The search has too many words: use at most ${MAX_QUERY_TERMS}.` };
  }
  if (include.length === 0) {
    return {
      ok: false,
      error: exclude.length
        ? "Add a word to look for: a search cannot only exclude words."
        : 'Type a word, a phrase in quotes, or author:"name" to search for.',
    };
  }
  const positive = include.length > 1 && exclude.length ? `(${include.join(" ")})` : include.join(" ");
  const match = [positive, ...exclude].join(" NOT ");
  const authors = terms.filter((t) => t.author && !t.negated && toFtsPhrase(t.text)).map((t) => t.text.trim());
  return { ok: true, match, authors };
}
