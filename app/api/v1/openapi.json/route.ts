import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { withApiErrors } from "@/lib/api/with-api-errors";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of every /api/v1 route. */
export const GET = withApiErrors(async () => Response.json(buildOpenApiDocument()));
