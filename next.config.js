// The Content-Security-Policy is set per request by proxy.ts (its script nonce changes with every
// answer); the rest is the same for every answer: no sniffing, no referrer off-site, no framing.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The container image copies the traced server files (.next/standalone/.next) rather than the whole
  // build; `tierscope serve` serves the same build from a checkout (`next start` is not used).
  output: "standalone",
  // The embedded database and Prisma's driver are server-only Node packages: never bundle them.
  // pdfkit reads its standard fonts' metrics from its own folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pdfkit"],
  typedRoutes: false,
  // No "X-Powered-By: Next.js" banner.
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // HSTS only where the request came over HTTPS (through a proxy that says so).
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
