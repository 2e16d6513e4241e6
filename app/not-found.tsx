import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

/**
 * An unknown volume, team, namespace, snapshot chain or digest, or one outside the viewer's
 * teams: the two read the same, so the page never reveals that another team's data exists.
 */
export default function NotFound() {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-gray-700">
        Nothing here: the link may be out of date, the object may have been deleted since the last import, or
        it belongs to a team you are not a member of.
      </p>
      <p>
        <Link href="/" className="text-blue-700 underline">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}
