import path from "node:path";
import { z } from "zod";

const ZEnv = z.object({
  /** A PostgreSQL server to use. Unset: the embedded database under TIERSCOPE_DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where the embedded database keeps its files. */
  TIERSCOPE_DATA_DIR: z.string().min(1).default(".data"),
});

export type TEnv = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnv.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    TIERSCOPE_DATA_DIR: source.TIERSCOPE_DATA_DIR || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

export function dataDirFrom(env: TEnv, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.TIERSCOPE_DATA_DIR);
}
