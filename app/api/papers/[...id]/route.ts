import { errorResponse } from "@/lib/error-response";
import { API_CACHE_HEADERS } from "@/lib/papers/api-cache-headers";
import { loadPaperView } from "@/lib/papers/load-paper-view";
import { toHfPaper } from "@/lib/papers/to-hf-api";

export const dynamic = "force-dynamic";

/** One paper in the Hugging Face field names; unknown or malformed ids are a 404 with a message. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string[] }> }) {
  try {
    const { paper } = await loadPaperView((await params).id.join("/"));
    return Response.json(toHfPaper(paper), { headers: API_CACHE_HEADERS });
  } catch (error) {
    return errorResponse(error);
  }
}
