import { randomBytes } from "node:crypto";

/** The request header carrying this request's nonce to the pages (Next.js reads the CSP header). */
export const NONCE_HEADER = "x-nonce";

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of one response. Scripts run only with this response's nonce, and
 * what they load ('strict-dynamic'): Next.js puts the nonce it reads from the request's CSP header
 * on its own inline and chunk scripts, so an injected script never runs. Styles keep
 * 'unsafe-inline': React renders `style` attributes (the charts' sizes and colours, bar widths),
 * which a nonce cannot cover, and a style cannot run code. Development adds 'unsafe-eval' for
 * React's dev tooling, as the Next.js guide does; production never has it.
 */
export function contentSecurityPolicy(
  nonce: string,
  development = process.env.NODE_ENV === "development",
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
