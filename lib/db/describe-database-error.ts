import { Prisma } from "./generated/client";

/** A database failure told as what the user did: which object, which field, which limit. */
export interface DatabaseErrorDescription {
  /** The HTTP status it maps to: the request's fault (4xx), or the database's (503). */
  status: number;
  code: string;
  message: string;
}

interface AdapterCause {
  originalCode?: string;
  originalMessage?: string;
  code?: string;
  message?: string;
  kind?: string;
}

const CONNECTION_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "ECONNREFUSED", "ECONNRESET"]);

function adapterCause(error: Prisma.PrismaClientKnownRequestError): AdapterCause {
  const meta = error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined;
  return meta?.driverAdapterError?.cause ?? {};
}

function fieldsOf(error: Prisma.PrismaClientKnownRequestError): string {
  const target = (error.meta as { target?: unknown } | undefined)?.target;
  return Array.isArray(target) ? ` (${target.join(", ")})` : "";
}

function describeKnown(error: Prisma.PrismaClientKnownRequestError): DatabaseErrorDescription | null {
  const cause = adapterCause(error);
  const state = cause.originalCode ?? cause.code ?? "";
  const model = (error.meta as { modelName?: string } | undefined)?.modelName;
  const where = model ? `${model}: ` : "";
  const detail = cause.originalMessage ?? cause.message ?? "";
  if (state === "22003" || error.code === "P2020" || cause.kind === "ValueOutOfRange") {
    return { status: 422, code: "out_of_range", message: `${where}a number is larger than its field holds` };
  }
  if (state === "22021" || state === "22P05") {
    return {
      status: 422,
      code: "invalid_input",
      message: `${where}text contains a NUL byte, which no field holds`,
    };
  }
  if (state === "22001" || error.code === "P2000") {
    return { status: 422, code: "too_long", message: `${where}a value is longer than its field holds` };
  }
  if (state === "54000") {
    return { status: 422, code: "too_long", message: `${where}a value is too large to store` };
  }
  if (state === "22P02" || state === "22007" || state === "22008" || error.code === "P2007") {
    return {
      status: 422,
      code: "invalid_input",
      message: `${where}${detail || "a value is not of its field's type"}`,
    };
  }
  if (error.code === "P2002" || state === "23505") {
    return { status: 409, code: "conflict", message: `${where}already exists${fieldsOf(error)}` };
  }
  if (error.code === "P2003" || state === "23503") {
    return { status: 422, code: "invalid_input", message: `${where}refers to something that does not exist` };
  }
  if (error.code === "P2025") {
    return { status: 404, code: "not_found", message: `${where}not found` };
  }
  if (error.code === "P2034" || state === "40001" || state === "40P01") {
    return {
      status: 409,
      code: "conflict",
      message: "another change to the same data ran at the same time: try again",
    };
  }
  if (CONNECTION_CODES.has(error.code)) return unavailable();
  return null;
}

function unavailable(): DatabaseErrorDescription {
  return { status: 503, code: "database_unavailable", message: "the database cannot be reached" };
}

/** The last line of a Prisma validation message is the one that names the argument and the problem. */
function lastLine(message: string): string {
  const lines = message.split("\n").filter((line) => line.trim() !== "");
  return (lines.at(-1) ?? message).trim();
}

/**
 * One line for a database error, or null when `error` is not one. Prisma's own messages start
 * with a blank line and the caller's source; SQL and stacks never reach the user.
 */
export function describeDatabaseError(error: unknown): DatabaseErrorDescription | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return (
      describeKnown(error) ?? { status: 500, code: "database_error", message: `database error ${error.code}` }
    );
  }
  if (error instanceof Prisma.PrismaClientValidationError) {
    return { status: 422, code: "invalid_input", message: lastLine(error.message) };
  }
  if (error instanceof Prisma.PrismaClientInitializationError) return unavailable();
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return unavailable();
  return null;
}
