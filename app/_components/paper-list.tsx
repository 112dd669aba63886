import { PaperCard, type CardHighlight } from "@/app/_components/paper-card";
import type { Paper } from "@/lib/papers/paper";

export function PaperList({ papers, highlights }: { papers: Paper[]; highlights?: Map<string, CardHighlight> }) {
  if (papers.length === 0) return null;
  return (
    <ol className="paper-list">
      {papers.map((paper) => (
        <li key={paper.id}>
          <PaperCard paper={paper} highlight={highlights?.get(paper.id)} />
        </li>
      ))}
    </ol>
  );
}
