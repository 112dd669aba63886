/**
 * Splits a text at a word boundary near `length` characters into what a card shows and
 * what "more" reveals, or returns null when the text is short enough to show whole.
 */
export function excerptOf(text: string, length = 300): { head: string; tail: string } | null {
  if (text.length <= length + 80) return null;
  const cut = text.lastIndexOf(" ", length);
  const at = cut > length / 2 ? cut : length;
  return { head: text.slice(0, at), tail: text.slice(at) };
}
