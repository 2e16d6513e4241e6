"use client";

import { oneLineErrorMessage } from "@/lib/one-line-error-message";

/** When even the layout fails: the same one line, on a page of its own. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "sans-serif", margin: "48px auto", maxWidth: 560 }}>
        <p role="alert">{oneLineErrorMessage(error)}</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
