import { arxivAbsUrl, arxivPdfUrl, type Paper } from "@/lib/papers/paper";

/** arXiv, PDF, code and project links; the arXiv id is in the label so each link text is unique on a page. */
export function PaperLinks({ paper }: { paper: Paper }) {
  return (
    <ul className="paper-links" aria-label={`Links for ${paper.id}`}>
      <li>
        <a href={arxivAbsUrl(paper.id)}>arXiv</a>
      </li>
      <li>
        <a href={arxivPdfUrl(paper.id)}>PDF</a>
      </li>
      {paper.githubRepo && (
        <li>
          <a href={paper.githubRepo} rel="nofollow noopener">
            Code{paper.githubStars ? ` ★ ${paper.githubStars}` : ""}
          </a>
        </li>
      )}
      {paper.projectPage && (
        <li>
          <a href={paper.projectPage} rel="nofollow noopener">
            Project page
          </a>
        </li>
      )}
    </ul>
  );
}
