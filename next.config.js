/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma's generated client and pg are server-only Node packages; keep them out of bundling.
  // PDFKit reads its own data files from disk at run time, so it is not bundled either.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pdfkit"],
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
