import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of every /api/v1 route. */
export async function GET() {
  return Response.json(buildOpenApiDocument());
}
