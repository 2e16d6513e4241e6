const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/** The largest push the server takes, uncompressed: TIERSCOPE_PUSH_MAX_BYTES, default 512 MiB. */
export function pushMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.TIERSCOPE_PUSH_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES;
}
