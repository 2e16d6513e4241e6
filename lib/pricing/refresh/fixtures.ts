import { readFileSync } from "node:fs";
import path from "node:path";

/** A recorded response from fixtures/, as text (our own recordings in the providers' formats). */
export function fixture(name: string): string {
  return readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
}
