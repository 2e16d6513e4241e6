import { InvalidArgumentError } from "commander";

/** A time argument: RFC 3339 ("2026-03-01T00:00:00Z", a date alone is midnight UTC) or Unix seconds. */
export function parseTime(value: string): Date {
  const date = /^\d+(\.\d+)?$/.test(value)
    ? new Date(Number(value) * 1000)
    : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()) || !/^\d|^\d{4}-/.test(value)) {
    throw new InvalidArgumentError("Expected an RFC 3339 time (2026-03-01T12:00:00Z) or Unix seconds.");
  }
  return date;
}
