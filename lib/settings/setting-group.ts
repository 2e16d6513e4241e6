import type { z } from "zod";

/** How a field is typed in a form and on the command line. */
export type SettingFieldKind = "number" | "boolean" | "text" | "list" | "secret";

export interface SettingField {
  readonly name: string;
  readonly label: string;
  readonly kind: SettingFieldKind;
  readonly schema: z.ZodType;
}

/**
 * One row of the `setting` table edited as a form: its JSON object holds only the fields someone
 * set; every other field takes its default (null: not set).
 */
export interface SettingGroup {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly SettingField[];
  readonly defaults: object;
}
