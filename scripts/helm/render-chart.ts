import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parseAllDocuments, parse as parseYaml } from "yaml";
import { ChartTemplates } from "./go-template";

export const CHART_DIR = path.resolve(import.meta.dirname, "../../deploy/helm/tierscope");

export interface RenderedChart {
  /** Every object the chart would apply, in template order. */
  objects: Record<string, unknown>[];
  /** The YAML stream, as `helm template` prints it (each document headed by its source). */
  manifest: string;
  notes: string;
}

/** Values merged as Helm merges -f files over values.yaml: maps deeply, everything else replaced. */
function merge(base: unknown, override: unknown): unknown {
  if (
    base &&
    override &&
    typeof base === "object" &&
    typeof override === "object" &&
    !Array.isArray(base) &&
    !Array.isArray(override)
  ) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(override)) out[key] = merge(out[key], value);
    return out;
  }
  return override === undefined ? base : override;
}

/**
 * Renders the chart as `helm template RELEASE deploy/helm/tierscope -n NAMESPACE -f overrides`
 * does: values checked against values.schema.json, templates rendered in name order.
 */
export function renderChart(input: {
  release: string;
  namespace: string;
  values?: Record<string, unknown>;
}): RenderedChart {
  const chart = parseYaml(readFileSync(path.join(CHART_DIR, "Chart.yaml"), "utf8")) as Record<string, string>;
  const values = merge(
    parseYaml(readFileSync(path.join(CHART_DIR, "values.yaml"), "utf8")),
    input.values ?? {},
  );
  const schema = JSON.parse(readFileSync(path.join(CHART_DIR, "values.schema.json"), "utf8"));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(values)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
    throw new Error(`values don't meet values.schema.json: ${problems.join("; ")}`);
  }
  const root = {
    Values: values,
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
    Release: { Name: input.release, Namespace: input.namespace, Service: "Helm" },
  };
  const templates = new ChartTemplates();
  const dir = path.join(CHART_DIR, "templates");
  const files = readdirSync(dir).sort();
  for (const file of files) templates.add(file, readFileSync(path.join(dir, file), "utf8"));
  const documents: string[] = [];
  const objects: Record<string, unknown>[] = [];
  for (const file of files.filter((f) => f.endsWith(".yaml"))) {
    const text = templates.render(file, root);
    for (const document of parseAllDocuments(text)) {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message}`);
      const object = document.toJS() as Record<string, unknown> | null;
      if (!object) continue;
      objects.push(object);
      documents.push(`# Source: tierscope/templates/${file}\n${document.toString().trimEnd()}\n`);
    }
  }
  return {
    objects,
    manifest: documents.map((d) => `---\n${d}`).join(""),
    notes: templates.render("NOTES.txt", root),
  };
}
