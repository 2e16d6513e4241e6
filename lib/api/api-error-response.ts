/**
 * The one error envelope of the API: `{ error: { code, message } }`, and beside it any details the
 * error carries (a refused close's `checklist`).
 */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): Response {
  return Response.json({ ...details, error: { code, message } }, { status });
}
