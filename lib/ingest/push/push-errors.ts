/** The uncompressed body went past the server's limit. */
export class PushTooLargeError extends Error {
  override name = "PushTooLargeError";
}

/** A line that is not a push line, or a body whose hash is not the one announced. */
export class PushBodyError extends Error {
  override name = "PushBodyError";
}
