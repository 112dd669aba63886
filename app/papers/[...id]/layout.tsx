import { describeError } from "@/lib/error-response";
import { loadPaperView } from "@/lib/papers/load-paper-view";

export default async function PaperLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string[] }>;
}) {
  const problem = await loadPaperView((await params).id.join("/")).then(
    () => null,
    (error: unknown) => describeError(error).body.error,
  );
  return (
    <>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {children}
    </>
  );
}
