/** `arXiv:2401.12345v2`, `https://arxiv.org/abs/2401.12345v2`, `…/pdf/2401.12345.pdf` -> `2401.12345`. */
export function normalizeArxivId(raw: string): string {
  return raw
    .trim()
    .replace(/^arxiv:/i, "")
    .replace(/^https?:\/\/(www\.|export\.)?arxiv\.org\/(abs|pdf)\//i, "")
    .replace(/\.pdf$/i, "")
    .replace(/v\d+$/i, "");
}

/** New-style (2401.12345) and old-style (hep-th/9901001, math.GT/0309136) arXiv ids. */
export const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/;
