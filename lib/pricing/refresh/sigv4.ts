import { createHash, createHmac } from "node:crypto";

// AWS Signature Version 4, for the Price List Query API (which, unlike the bulk offer files,
// requires signed requests). Pure: the credentials and the clock come in as arguments.

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignInput {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  credentials: AwsCredentials;
  region: string;
  service: string;
  now: Date;
}

const sha256 = (data: string) => createHash("sha256").update(data, "utf8").digest("hex");
const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** RFC 3986 encoding, as SigV4 requires (encodeURIComponent leaves !'()* alone). */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function amzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), "aws4_request");
}

export function canonicalRequest(input: Omit<SignInput, "credentials" | "region" | "service" | "now">): {
  request: string;
  signedHeaders: string;
} {
  const url = new URL(input.url);
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [encode(k), encode(v)])
    .sort(([a, av], [b, bv]) =>
      a === b ? (av as string).localeCompare(bv as string) : (a as string) < (b as string) ? -1 : 1,
    )
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const headers = Object.entries(input.headers)
    .map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const signedHeaders = headers.map(([k]) => k).join(";");
  const request = [
    input.method,
    url.pathname || "/",
    query,
    headers.map(([k, v]) => `${k}:${v}\n`).join(""),
    signedHeaders,
    sha256(input.body),
  ].join("\n");
  return { request, signedHeaders };
}

/** The request's headers plus X-Amz-Date, the session token if any, and Authorization. */
export function signAwsRequest(input: SignInput): Record<string, string> {
  const date = amzDate(input.now);
  const day = date.slice(0, 8);
  const headers: Record<string, string> = {
    ...input.headers,
    host: new URL(input.url).host,
    "x-amz-date": date,
  };
  if (input.credentials.sessionToken) headers["x-amz-security-token"] = input.credentials.sessionToken;
  const { request, signedHeaders } = canonicalRequest({ ...input, headers });
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", date, scope, sha256(request)].join("\n");
  const signature = createHmac(
    "sha256",
    signingKey(input.credentials.secretAccessKey, day, input.region, input.service),
  )
    .update(toSign, "utf8")
    .digest("hex");
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
