import { csvLine } from "../../../csv-cell";
import { FOCUS_EXPORT_COLUMNS, type FocusRow } from "./focus-row";

/** The header line of the FOCUS CSV export. */
export function focusCsvHeader(): string {
  return `${csvLine([...FOCUS_EXPORT_COLUMNS])}\n`;
}

/** One row as a CSV line; a null is an empty field, as FOCUS's CSV convention has it. */
export function focusCsvLine(row: FocusRow): string {
  return `${csvLine(FOCUS_EXPORT_COLUMNS.map((column) => row[column]))}\n`;
}
