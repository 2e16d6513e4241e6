import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderPlainManifests } from "./plain-manifests";

const file = path.resolve(import.meta.dirname, "../../deploy/kubernetes/tierscope.yaml");
writeFileSync(file, renderPlainManifests());
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
