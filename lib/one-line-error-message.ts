/** How long a page's error line may run before it is cut: one line on any screen. */
const MAX_LENGTH = 200;

/**
 * The one line a page shows for an error it could not render. In production Next.js replaces a
 * server error's message by a generic one and gives a digest instead: the line then names the
 * digest, which the server's log carries beside the whole error.
 */
export function oneLineErrorMessage(error: { message?: string; digest?: string }): string {
  const line =
    (error.message ?? "")
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? "";
  if (error.digest && (line === "" || /Server Components render/.test(line))) {
    return `This page could not be shown (error ${error.digest}, logged on the server).`;
  }
  if (line === "") return "This page could not be shown.";
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
