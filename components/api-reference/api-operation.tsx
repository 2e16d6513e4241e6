import type { ReferenceOperation } from "@/lib/api/openapi/api-reference-model";

const METHOD_COLOURS: Record<string, string> = {
  GET: "bg-sky-100 text-sky-800",
  POST: "bg-emerald-100 text-emerald-800",
  PUT: "bg-amber-100 text-amber-800",
  PATCH: "bg-amber-100 text-amber-800",
  DELETE: "bg-red-100 text-red-800",
};

/** One operation: method and path, what it does, its parameters, body, answers and credentials. */
export function ApiOperation({ operation }: { operation: ReferenceOperation }) {
  return (
    <article
      id={operation.id}
      data-testid={`operation-${operation.id}`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 className="flex flex-wrap items-center gap-2">
        <span
          className={`rounded px-2 py-0.5 font-mono font-semibold text-xs ${METHOD_COLOURS[operation.method] ?? ""}`}
        >
          {operation.method}
        </span>
        <code className="break-all text-sm">{operation.path}</code>
      </h3>
      <p className="text-sm">{operation.summary}</p>
      {operation.description ? <p className="text-slate-600 text-sm">{operation.description}</p> : null}
      {operation.parameters.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="text-left font-medium text-slate-700 text-xs">Parameters</caption>
            <thead className="text-slate-500 text-xs">
              <tr>
                <th className="py-1 pr-4 font-medium">Name</th>
                <th className="py-1 pr-4 font-medium">In</th>
                <th className="py-1 pr-4 font-medium">Type</th>
                <th className="py-1 font-medium">Description</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`} className="border-slate-100 border-t align-top">
                  <td className="py-1 pr-4 font-mono text-xs">
                    {parameter.name}
                    {parameter.required ? <span className="text-red-700"> *</span> : null}
                  </td>
                  <td className="py-1 pr-4 text-xs">{parameter.in}</td>
                  <td className="py-1 pr-4 text-xs">{parameter.type}</td>
                  <td className="py-1 text-slate-600 text-xs">{parameter.description ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {operation.requestBody ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-slate-700 text-xs">
            Request body (JSON schema)
          </summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs">
            {JSON.stringify(operation.requestBody, null, 2)}
          </pre>
        </details>
      ) : null}
      <div>
        <p className="font-medium text-slate-700 text-xs">Responses</p>
        <ul className="text-xs">
          {operation.responses.map((response) => (
            <li key={response.status}>
              <span className="font-mono">{response.status}</span> {response.description}
            </li>
          ))}
        </ul>
      </div>
      <p className="text-slate-500 text-xs">Credentials: {operation.security.join(" or ") || "none"}</p>
    </article>
  );
}
