import type { Prisma } from "../../db/generated/client";
import { parseByteQuantity, parseQuantity, QuantityError } from "./parse-quantity";

/** A field of an object is missing or wrong: the message names the field by its path. */
export class FieldError extends Error {
  override name = "FieldError";
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

// Largest volume we accept: 1 EiB. Anything bigger is a typo or a corrupt dump, not a disk.
const MAX_BYTES = 2n ** 60n;
// Timestamps outside these years are corrupt: Kubernetes is from 2014, and a cost window from
// year 1 or year 9999 would make every day in between a day to compute.
const EARLIEST_TIME = Date.UTC(2000, 0, 1);
const LATEST_TIME = Date.UTC(2100, 0, 1);
// Kubernetes' own limits on labels and annotations: keys of at most 253 + 1 + 63 characters, and
// all of an object's annotations together at most 256 KiB. Past that no API server stored it.
const MAX_MAP_KEY_LENGTH = 317;
const MAX_MAP_BYTES = 256 * 1024;
const MAX_MAP_ENTRIES = 5000;
// DNS-1123 subdomain: what Kubernetes allows for object names (and so nothing with markup in it).
const KUBE_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads fields of one decoded Kubernetes object; every failure names the field's path. */
export class ObjectReader {
  constructor(private readonly root: Json) {}

  get(path: string): unknown {
    let value: unknown = this.root;
    for (const part of path.split(".")) {
      if (Array.isArray(value) && /^\d+$/.test(part)) value = value[Number(part)];
      else if (isObject(value)) value = value[part];
      else return undefined;
    }
    return value;
  }

  /** A field by path where a key itself contains dots (labels, annotations, resource names). */
  entry(path: string, key: string): unknown {
    const map = this.get(path);
    return isObject(map) ? map[key] : undefined;
  }

  string(path: string): string | null {
    const value = this.get(path);
    if (value === undefined || value === null || value === "") return null;
    if (typeof value !== "string") throw new FieldError(path, `expected a string, found ${typeof value}`);
    return value;
  }

  requiredString(path: string): string {
    const value = this.string(path);
    if (value === null) throw new FieldError(path, "is missing");
    return value;
  }

  /** A name Kubernetes would accept (DNS-1123 subdomain, at most 253 characters). */
  kubeName(path: string, required = true): string | null {
    const value = required ? this.requiredString(path) : this.string(path);
    if (value !== null && (value.length > 253 || !KUBE_NAME.test(value))) {
      throw new FieldError(path, `${JSON.stringify(value.slice(0, 80))} is not a valid Kubernetes name`);
    }
    return value;
  }

  boolean(path: string): boolean | null {
    const value = this.get(path);
    if (value === undefined || value === null) return null;
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    throw new FieldError(path, `expected true or false, found ${JSON.stringify(value)}`);
  }

  /** A timestamp: RFC 3339 text, a Date (client-node), or integer nanoseconds (VolumeSnapshotContent). */
  time(path: string): Date | null {
    const value = this.get(path);
    if (value === undefined || value === null || value === "") return null;
    let date: Date;
    if (value instanceof Date) date = value;
    else if (typeof value === "number") date = new Date(Math.floor(value / 1e6));
    else if (typeof value === "string" && /^\d{16,}$/.test(value))
      date = new Date(Number(BigInt(value) / 1_000_000n));
    else if (typeof value === "string") date = new Date(value);
    else throw new FieldError(path, `expected a timestamp, found ${typeof value}`);
    if (Number.isNaN(date.getTime()))
      throw new FieldError(path, `${JSON.stringify(value).slice(0, 80)} is not a timestamp`);
    if (date.getTime() < EARLIEST_TIME || date.getTime() >= LATEST_TIME) {
      throw new FieldError(path, `${date.toISOString()} is outside 2000–2099: not a real timestamp`);
    }
    return date;
  }

  requiredTime(path: string): Date {
    const value = this.time(path);
    if (value === null) throw new FieldError(path, "is missing");
    return value;
  }

  /** A byte size: a quantity string ("500Gi") or a plain number of bytes. */
  bytes(path: string, value: unknown = this.get(path)): bigint | null {
    if (value === undefined || value === null || value === "") return null;
    if (typeof value !== "string" && typeof value !== "number") {
      throw new FieldError(path, `expected a quantity, found ${typeof value}`);
    }
    let bytes: bigint;
    try {
      bytes = parseByteQuantity(value);
    } catch (error) {
      if (error instanceof QuantityError) throw new FieldError(path, error.message);
      throw error;
    }
    if (bytes > MAX_BYTES)
      throw new FieldError(path, `${value} is larger than 1 EiB: not a real volume size`);
    return bytes;
  }

  /** A whole count from 0 to `max` (GPUs on a node): a quantity string or a plain number. */
  count(path: string, max: number, value: unknown = this.get(path)): number | null {
    if (value === undefined || value === null || value === "") return null;
    if (typeof value !== "string" && typeof value !== "number") {
      throw new FieldError(path, `expected a count, found ${typeof value}`);
    }
    let count: Prisma.Decimal;
    try {
      count = parseQuantity(value);
    } catch (error) {
      if (error instanceof QuantityError) throw new FieldError(path, error.message);
      throw error;
    }
    if (!count.isInteger() || count.isNegative() || count.greaterThan(max)) {
      throw new FieldError(path, `${value} is not a whole number from 0 to ${max}`);
    }
    return count.toNumber();
  }

  requiredBytes(path: string): bigint {
    const value = this.bytes(path);
    if (value === null) throw new FieldError(path, "is missing");
    return value;
  }

  /** A map of strings (labels, annotations, parameters), with keys sorted so equal maps hash equally. */
  stringMap(path: string): Record<string, string> {
    const value = this.get(path);
    if (value === undefined || value === null) return {};
    if (!isObject(value)) throw new FieldError(path, "expected a map");
    const keys = Object.keys(value);
    if (keys.length > MAX_MAP_ENTRIES) {
      throw new FieldError(path, `${keys.length} entries: more than the ${MAX_MAP_ENTRIES} allowed`);
    }
    const out: Record<string, string> = {};
    let size = 0;
    for (const key of keys.sort()) {
      if (key.length > MAX_MAP_KEY_LENGTH) {
        throw new FieldError(
          path,
          `key ${JSON.stringify(key.slice(0, 40))}… is longer than ${MAX_MAP_KEY_LENGTH} characters`,
        );
      }
      const item = value[key];
      out[key] = typeof item === "string" ? item : JSON.stringify(item);
      size += key.length + out[key].length;
      if (size > MAX_MAP_BYTES) throw new FieldError(path, "larger than Kubernetes' 256 KiB limit");
    }
    return out;
  }

  array(path: string): unknown[] {
    const value = this.get(path);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new FieldError(path, "expected a list");
    return value;
  }

  strings(path: string): string[] {
    return this.array(path).map((item, i) => {
      if (typeof item !== "string") throw new FieldError(`${path}[${i}]`, "expected a string");
      return item;
    });
  }

  oneOf<T extends string>(path: string, allowed: readonly T[], fallback: T | null = null): T | null {
    const value = this.string(path);
    if (value === null) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new FieldError(path, `${JSON.stringify(value)} is not one of ${allowed.join(", ")}`);
    }
    return value as T;
  }

  requiredOneOf<T extends string>(path: string, allowed: readonly T[]): T {
    const value = this.oneOf(path, allowed);
    if (value === null) throw new FieldError(path, "is missing");
    return value;
  }

  /** The controller among metadata.ownerReferences (the object that manages this one). */
  controller(): { kind: string; name: string } | null {
    for (const ref of this.array("metadata.ownerReferences")) {
      if (
        isObject(ref) &&
        ref.controller === true &&
        typeof ref.kind === "string" &&
        typeof ref.name === "string"
      ) {
        return { kind: ref.kind, name: ref.name };
      }
    }
    return null;
  }
}

export function asObject(value: unknown): Json | null {
  return isObject(value) ? value : null;
}
