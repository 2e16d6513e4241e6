import type { Metadata } from "next";
import { ApiOperation } from "@/components/api-reference/api-operation";
import { apiReferenceModel } from "@/lib/api/openapi/api-reference-model";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { pageContext } from "@/lib/api/page-context";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

const anchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** The document /api/v1/openapi.json serves, read by the app itself: no external viewer, no CDN. */
export default async function ApiReferencePage() {
  await pageContext();
  const document = buildOpenApiDocument();
  const tags = apiReferenceModel(document);
  const schemes = Object.entries(document.components.securitySchemes);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-semibold text-2xl">API reference</h1>
        <p className="text-slate-600 text-sm">{document.info.description}</p>
        <p className="text-sm">
          OpenAPI {document.openapi} document:{" "}
          <a className="text-sky-700 underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>
        </p>
      </header>
      <section aria-labelledby="authentication" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="authentication" className="font-medium text-lg">
          Authentication
        </h2>
        <dl className="mt-2 space-y-2 text-sm">
          {schemes.map(([name, scheme]) => (
            <div key={name}>
              <dt className="font-mono text-xs">{name}</dt>
              <dd className="text-slate-600">{scheme.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <nav aria-label="API tags" className="flex flex-wrap gap-2 text-sm">
        {tags.map(({ tag, operations }) => (
          <a
            key={tag}
            href={`#${anchor(tag)}`}
            className="rounded border border-slate-200 px-2 py-1 text-sky-700"
          >
            {tag} ({operations.length})
          </a>
        ))}
      </nav>
      {tags.map(({ tag, operations }) => (
        <section key={tag} aria-labelledby={anchor(tag)} className="space-y-3">
          <h2 id={anchor(tag)} className="font-medium text-xl">
            {tag}
          </h2>
          {operations.map((operation) => (
            <ApiOperation key={operation.id} operation={operation} />
          ))}
        </section>
      ))}
    </div>
  );
}
