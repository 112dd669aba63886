import { DomainError } from "@/lib/errors";

export const MAX_BODY_BYTES = 10 * 1024;

const TOO_LARGE = () => new DomainError(`The body is larger than ${MAX_BODY_BYTES / 1024} KB.`, 413);

/**
 * The body of a JSON or form-encoded POST as a plain value for zod to check. Anything
 * else is refused (415), and so is a body over 10 KB (413), which is read no further.
 * In a form body, `topics` may repeat or hold comma-separated keywords; any other field
 * that repeats stays a list, which the schema then refuses.
 */
export async function readFormOrJson(request: Request): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json" && type !== "application/x-www-form-urlencoded") {
    throw new DomainError("Send the body as application/json or application/x-www-form-urlencoded.", 415);
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw TOO_LARGE();
  const text = await readLimitedText(request);
  if (type === "application/x-www-form-urlencoded") return formToObject(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("The body is not valid JSON.", 400);
  }
}

async function readLimitedText(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw TOO_LARGE();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function formToObject(form: URLSearchParams): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    if (key === "topics") result.topics = values.flatMap((v) => v.split(/[,\n]/)).filter((v) => v.trim() !== "");
    else result[key] = values.length === 1 ? values[0] : values;
  }
  return result;
}
