import type { PrismaClient, Subscriber } from "@/lib/generated/prisma/client";
import { verifyLinkToken, type LinkPurpose } from "@/lib/subscribers/link-tokens";

export type LinkedSubscriber =
  | { link: "valid"; subscriber: Subscriber }
  /** Signed by us, but the subscriber deleted their data since. */
  | { link: "erased"; subscriberId: string }
  | { link: "invalid" };

/** The subscriber an unsubscribe or preferences link was made for. */
export async function findLinkedSubscriber(
  db: PrismaClient,
  purpose: LinkPurpose,
  token: unknown,
  secret: string,
): Promise<LinkedSubscriber> {
  const subscriberId = typeof token === "string" ? verifyLinkToken(purpose, token, secret) : null;
  if (!subscriberId) return { link: "invalid" };
  const subscriber = await db.subscriber.findUnique({ where: { id: subscriberId } });
  return subscriber ? { link: "valid", subscriber } : { link: "erased", subscriberId };
}
