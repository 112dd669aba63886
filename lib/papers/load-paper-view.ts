import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { cacheByDataVersion } from "@/lib/papers/cache-by-data-version";
import { findPaper } from "@/lib/papers/find-paper";
import type { Paper } from "@/lib/papers/paper";
import { resolvePaperId } from "@/lib/papers/resolve-paper-id";
import { findSimilarPapers } from "@/lib/search/find-similar-papers";

export interface PaperView {
  paper: Paper;
  similar: Paper[];
}

/** A paper and its similar papers by the id in a URL, cached until papers change; throws a 404 DomainError. */
export async function loadPaperView(rawId: string): Promise<PaperView> {
  const id = resolvePaperId(rawId);
  const view = await cacheByDataVersion(`paper:${id}`, async () => {
    const paper = await findPaper(db(), id);
    if (!paper) return null;
    // Document frequencies only change with imports: one map per data version serves every paper page.
    const dfCache = await cacheByDataVersion("similar:df", async () => new Map<string, number>());
    return { paper, similar: await findSimilarPapers(db(), paper, { dfCache }) };
  });
  if (!view) throw new NotFoundError(`No paper with the arXiv id ${id} has been added to this site.`);
  return view;
}
