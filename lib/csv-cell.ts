/** A plain decimal number, as the reports write amounts and quantities: "-12.50" is one, "-1+1" is not. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Characters that make a spreadsheet read a cell as a formula (=, +, -, @), or that some read past
 * to reach one (tab, carriage return): OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. Text that a
 * spreadsheet would run as a formula (a team or cluster name like `=HYPERLINK(…)`) gets a leading
 * single quote, which spreadsheets show as text; plain decimal numbers are left alone, so a
 * negative amount stays the number -12.50.
 */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: (string | null)[]): string {
  return values.map(csvCell).join(",");
}
