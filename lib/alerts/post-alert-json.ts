import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { bareHost, isForbiddenAlertAddress, isForbiddenAlertHost } from "./forbidden-alert-address";

/** Every address a host name resolves to (dns.lookup with all: true, as the system resolves). */
export type AlertResolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: AlertResolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** A receiver's host is, or resolves to, a link-local or metadata address: nothing was sent. */
export class ForbiddenAlertAddressError extends Error {
  readonly code = "EALERTADDRESS";
}

const refuse = (host: string, address?: string) =>
  new ForbiddenAlertAddressError(
    `${host}${address && address !== host ? ` resolves to ${address}, which` : ""} is a link-local or cloud metadata address: alerts are never sent there`,
  );

/**
 * The connection's own name lookup: resolves every address, refuses the host if any of them is
 * forbidden, and connects to the addresses it checked. The check and the connection share one
 * resolution, so a name that answers differently the next time (DNS rebinding) cannot slip past.
 */
function checkedLookup(resolve: AlertResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = addresses.find((a) => isForbiddenAlertAddress(a.address));
        if (bad) return callback(refuse(hostname, bad.address), "", 0);
        const wanted = addresses.filter((a) => !options.family || a.family === options.family);
        const first = wanted[0];
        if (!first)
          return callback(Object.assign(new Error(`${hostname}: no address`), { code: "ENOTFOUND" }), "", 0);
        if (options.all) return (callback as unknown as (e: null, all: typeof wanted) => void)(null, wanted);
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}

/**
 * POSTs a JSON body to an alert receiver, never to a link-local or metadata address: a host written
 * as an address is checked as written (in every form a URL accepts: decimal, octal, IPv4-mapped),
 * a name by what it resolves to at connection time. No redirect is followed. Resolves with the
 * receiver's status and the start of its answer.
 */
export function postAlertJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { resolve: AlertResolver; timeoutMs: number },
): Promise<{ status: number; answer: string }> {
  const target = new URL(url);
  const host = bareHost(target.hostname);
  if (isForbiddenAlertHost(host)) return Promise.reject(refuse(host));
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolvePost, reject) => {
    const request = client.request(target, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
      // A fresh connection each time: a pooled one could have been opened by another lookup.
      agent: false,
      ...(isIP(host) === 0 ? { lookup: checkedLookup(options.resolve) } : {}),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    request.on("error", reject);
    request.on("response", (response) => {
      let answer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (answer.length < 200) answer += chunk;
      });
      response.on("end", () =>
        resolvePost({ status: response.statusCode ?? 0, answer: answer.slice(0, 200) }),
      );
      response.on("error", reject);
    });
    request.end(body);
  });
}
