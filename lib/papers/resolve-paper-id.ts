import { DomainError } from "@/lib/errors";
import { ARXIV_ID, normalizeArxivId } from "@/lib/papers/arxiv-id";

/**
 * The canonical arXiv id for what stands in a URL (`2401.12345v2`, `arXiv:2401.12345`,
 * `hep-th/9901001`), or a 404 that says why the text is not one.
 */
export function resolvePaperId(raw: string): string {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Broken percent-encoding: judge the text as it came.
  }
  const id = normalizeArxivId(text);
  if (!ARXIV_ID.test(id)) {
    throw new DomainError(
      `"${text.slice(0, 60)}" is not an arXiv id: ids look like 2401.12345 or hep-th/9901001.`,
      404,
    );
  }
  return id;
}
