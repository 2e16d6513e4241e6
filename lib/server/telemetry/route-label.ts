/**
 * A low-cardinality name for a request path, for metric labels: `/api/v1/<resource>`, the page's
 * first segment, or the static-asset prefix; ids and names in the path never become labels.
 */
export function routeLabel(pathname: string): string {
  if (pathname.startsWith("/_next/")) return "/_next";
  const segments = pathname.split("/").filter(Boolean);
  if (segments[0] === "api" && segments[1] === "v1") return `/api/v1/${segments[2] ?? ""}`;
  return `/${segments[0] ?? ""}`;
}
