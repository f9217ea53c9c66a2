/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma's generated client and pg are server-only Node packages; keep them out of bundling.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
