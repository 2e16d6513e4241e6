// Serialises an object's columns once, as the JSON text json_populate_recordset reads (snake_case
// keys, bigint as text, dates as ISO text). The same text is hashed to detect change, and spliced
// into the batch written to the database: no object is serialised twice.

const snakeCache = new Map<string, string>();

/** capacityBytes -> capacity_bytes (the schema's @map naming), memoised: a few dozen keys repeat. */
export function snakeCase(key: string): string {
  let snake = snakeCache.get(key);
  if (snake === undefined) {
    snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    snakeCache.set(key, snake);
  }
  return snake;
}

function valueJson(value: unknown): string {
  if (typeof value === "bigint") return `"${value}"`;
  if (value instanceof Date) return `"${value.toISOString()}"`;
  return JSON.stringify(value);
}

/** `{"snake_key":value,…}` for the defined entries of `values`, in their order. */
export function columnJson(values: Record<string, unknown>): string {
  let out = "";
  for (const key in values) {
    const value = values[key];
    if (value === undefined) continue;
    out += `${out ? "," : "{"}"${snakeCase(key)}":${valueJson(value)}`;
  }
  return out ? `${out}}` : "{}";
}

/** The snake_case column names `columnJson(values)` writes. */
export function columnNames(values: Record<string, unknown>): string[] {
  return Object.keys(values)
    .filter((key) => values[key] !== undefined)
    .map(snakeCase);
}
