export type LogLevel = "info" | "warn" | "error";

/**
 * One log line. With TIERSCOPE_LOG_FORMAT=json (the image and the chart set it) every line is a
 * JSON object on stdout, and each request gets one; otherwise messages print as plain text and
 * requests are not logged (a terminal running the demo stays readable).
 */
export function logEvent(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  if (!jsonLogs()) {
    if (fields.requestId === undefined) (level === "info" ? console.log : console.error)(msg);
    return;
  }
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

export function jsonLogs(): boolean {
  return process.env.TIERSCOPE_LOG_FORMAT === "json";
}
