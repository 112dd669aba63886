import { monthOf, weekOf, type Period } from "@/lib/papers/periods";

/** The page of the period of `kind` that contains `day`. */
export function periodHref(kind: Period["kind"], day: string): string {
  if (kind === "week") return `/papers/week/${weekOf(day)}`;
  if (kind === "month") return `/papers/month/${monthOf(day)}`;
  return `/papers/date/${day}`;
}
