import { MARK_END, MARK_START } from "@/lib/search/search-papers";

/** Text from FTS5 highlight()/snippet() with its match markers shown as <mark>; everything else stays text. */
export function MarkedText({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <>
      {parts[0].replaceAll(MARK_END, "")}
      {parts.slice(1).map((part, index) => {
        const end = part.indexOf(MARK_END);
        if (end === -1) return part;
        return (
          <span key={index}>
            <mark>{part.slice(0, end)}</mark>
            {part.slice(end + 1).replaceAll(MARK_END, "")}
          </span>
        );
      })}
    </>
  );
}
