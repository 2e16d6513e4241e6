import { buildOpenApiDocument } from "./openapi/build-openapi-document";

interface RouteParameters {
  pattern: RegExp;
  methods: Map<string, Set<string>>;
}

let routes: RouteParameters[] | undefined;

/** Each documented path as a pattern, with the query parameters each of its methods declares. */
function documentedRoutes(): RouteParameters[] {
  routes ??= Object.entries(buildOpenApiDocument().paths).map(([template, item]) => {
    const source = template
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^/]+");
    const methods = new Map<string, Set<string>>();
    for (const [method, operation] of Object.entries(item)) {
      const parameters = (operation as { parameters?: { name: string; in: string }[] }).parameters ?? [];
      methods.set(
        method.toUpperCase(),
        new Set(parameters.filter((p) => p.in === "query").map((p) => p.name)),
      );
    }
    return { pattern: new RegExp(`^${source}$`), methods };
  });
  return routes;
}

/**
 * The query parameters a request to `pathname` with `method` may carry, as the OpenAPI document
 * declares them (generated from the same schemas the routes parse with); null for a path the
 * document does not describe.
 */
export function allowedQueryParameters(method: string, pathname: string): Set<string> | null {
  const route = documentedRoutes().find((r) => r.pattern.test(pathname));
  return route?.methods.get(method === "HEAD" ? "GET" : method) ?? null;
}
