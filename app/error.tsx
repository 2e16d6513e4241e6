"use client";

import { oneLineErrorMessage } from "@/lib/one-line-error-message";

/** Any page that fails to render: one line saying what went wrong, and a way to try again. */
export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-red-900">
      <p className="font-medium">{oneLineErrorMessage(error)}</p>
      <button type="button" onClick={reset} className="mt-2 text-sm underline">
        Try again
      </button>
    </div>
  );
}
