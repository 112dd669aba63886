/**
 * Text as one FTS5 phrase: inside double quotes every character is literal except the
 * quote itself, which doubles. Returns null for text with no word characters, which
 * FTS5 would reject.
 */
export function toFtsPhrase(text: string): string | null {
  const folded = text.replace(/\s+/g, " ").trim();
  if (!/[\p{L}\p{N}]/u.test(folded)) return null;
  return `"${folded.replace(/"/g, '""')}"`;
}
