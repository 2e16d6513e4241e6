/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded database and Prisma's driver are server-only Node packages: never bundle them.
  // pdfkit reads its standard fonts' metrics from its own folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pdfkit"],
  typedRoutes: false,
};

export default nextConfig;
