import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";
import { recordFailure, recordSuccess, secondsUntilAllowed } from "@/lib/auth/sign-in-throttle";
import { signInSchema } from "@/lib/validation/user";
import type { Role } from "@/lib/generated/prisma/enums";

export const RATE_LIMIT_PREFIX = "RATE_LIMITED:";

export const authOptions: NextAuthOptions = {
  // Read when this module loads, i.e. on the first request that needs authentication; `next build`
  // loads it too and is let through without a secret (lib/env.ts).
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = String(req.headers?.["x-forwarded-for"] ?? "local")
          .split(",")[0]!
          .trim();
        const wait = await secondsUntilAllowed(email, ip);
        // The message travels to the sign-in form; next-auth passes thrown messages through.
        if (wait > 0) throw new Error(`${RATE_LIMIT_PREFIX}${wait}`);
        const user = await getDb().user.findUnique({ where: { email }, omit: { passwordHash: false } });
        if (!(await verifyPassword(password, user?.passwordHash ?? null)) || !user) {
          await recordFailure(email, ip);
          return null;
        }
        await recordSuccess(email, ip);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as unknown as { role: Role }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub!;
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
};
