import { NotFoundPage } from "@/app/_components/not-found-page";
import { PathProblemHint } from "@/app/_components/path-problem-hint";

export default function RootNotFound() {
  return (
    <>
      <PathProblemHint />
      <NotFoundPage />
      <p className="not-found__formats">
        Addresses look like <code>/papers/date/2026-06-01</code>, <code>/papers/week/2026-W23</code>,{" "}
        <code>/papers/month/2026-06</code> and <code>/papers/2401.12345</code>.
      </p>
    </>
  );
}
