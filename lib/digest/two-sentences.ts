/** Words that end in a period without ending a sentence. */
const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Figs|Eq|Eqs|Sec|Ref|No|approx|resp|Dr|Mr|Ms|Prof)|\b[A-Z])\.$/;

/**
 * The first two sentences of a summary, for a digest card. A sentence ends at `.`, `!` or
 * `?` followed by a space and a capital or digit, unless the period closes an abbreviation
 * ("et al.", "e.g.") or an initial. Text with no such end within `maxChars` is cut at a
 * word and gets an ellipsis.
 */
export function firstTwoSentences(text: string, maxChars = 360): string {
  const folded = text.replace(/\s+/g, " ").trim();
  const ends = /[.!?]["')\]]?(?= [A-Z0-9"'(\[]|$)/g;
  let count = 0;
  let cut = -1;
  for (let match = ends.exec(folded); match; match = ends.exec(folded)) {
    const end = match.index + match[0].length;
    if (ABBREVIATIONS.test(folded.slice(Math.max(0, end - 8), end))) continue;
    if (end > maxChars) break;
    cut = end;
    if (++count === 2) break;
  }
  if (cut > 0) return folded.slice(0, cut);
  if (folded.length <= maxChars) return folded;
  const lastSpace = folded.lastIndexOf(" ", maxChars - 1);
  return `${folded.slice(0, lastSpace > 0 ? lastSpace : maxChars - 1).replace(/[,;:]$/, "")}…`;
}
