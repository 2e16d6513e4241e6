// Sample values as Prometheus writes them: decimal floats, plus NaN, +Inf, -Inf (Go's ParseFloat
// spellings, case-insensitive, as the text format and the HTTP API's string values use them).

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL: Record<string, number> = {
  nan: Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  "+inf": Number.POSITIVE_INFINITY,
  "-inf": Number.NEGATIVE_INFINITY,
  infinity: Number.POSITIVE_INFINITY,
  "+infinity": Number.POSITIVE_INFINITY,
  "-infinity": Number.NEGATIVE_INFINITY,
};

/** The number a value string states, or undefined when it is not one (empty, hex, "12abc"). */
export function parseSampleValue(text: string): number | undefined {
  if (DECIMAL.test(text)) return Number(text);
  return SPECIAL[text.toLowerCase()];
}
