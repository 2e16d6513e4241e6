import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of every /api/v1 route, for signed-in readers and token holders. */
export const GET = withApiErrors(async (request: Request) => {
  await requestContext(request);
  return Response.json(buildOpenApiDocument());
});
