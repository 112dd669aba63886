import { XMLParser } from "fast-xml-parser";
import { FileFormatError, isObject, type RawRecord } from "@/lib/papers/import/raw-record";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (name) => ["entry", "author", "link"].includes(name),
  // Titles and abstracts may look like numbers or booleans; keep every value a string.
  parseTagValue: false,
  processEntities: true,
});

const textOf = (node: unknown): unknown => (isObject(node) ? node["#text"] : node);

/** An arXiv API Atom feed; `dailyDate` (the featured day) comes from the command line. */
export function readArxivAtom(xml: string, dailyDate: string): RawRecord[] {
  let doc: unknown;
  try {
    doc = parser.parse(xml, true);
  } catch (error) {
    throw new FileFormatError(`not well-formed XML: ${(error as Error).message.split("\n")[0]}`);
  }
  const feed = isObject(doc) ? doc.feed : undefined;
  if (!isObject(feed)) throw new FileFormatError("expected an Atom <feed> of arXiv <entry> elements");
  const entries = Array.isArray(feed.entry) ? feed.entry : [];
  return entries.map((entry: Record<string, unknown>, index: number) => {
    const links = (entry.link as Record<string, string>[] | undefined) ?? [];
    const pdf = links.find((link) => link["@title"] === "pdf")?.["@href"];
    return {
      position: index + 1,
      fields: {
        id: textOf(entry.id) ?? pdf,
        title: textOf(entry.title),
        summary: textOf(entry.summary),
        authors: ((entry.author as unknown[]) ?? []).map((author) => (isObject(author) ? textOf(author.name) : author)),
        publishedAt: textOf(entry.published),
        dailyDate,
      },
    };
  });
}
