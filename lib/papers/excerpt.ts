/** The start of a text cut at a word boundary near `length` characters, or null when it is short enough whole. */
export function excerptOf(text: string, length = 300): string | null {
  if (text.length <= length + 60) return null;
  const cut = text.lastIndexOf(" ", length);
  return `${text.slice(0, cut > length / 2 ? cut : length).replace(/[\s,;:.]+$/, "")}…`;
}
