// Headers every response carries, static files included. The Content-Security-Policy needs a
// fresh nonce per response, so proxy.ts sets it.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma's generated client and pg are server-only Node packages; keep them out of bundling.
  // PDFKit reads its own data files from disk at run time, so it is not bundled either, nor is
  // fontkit, whose parsed fonts the PDF code hands to PDFKit.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pdfkit", "fontkit"],
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
