/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded database and Prisma's driver are server-only Node packages: never bundle them.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  typedRoutes: false,
};

export default nextConfig;
