import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";
import { clientAddress } from "@/lib/auth/client-address";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, deviceIdFor, issueDeviceToken } from "@/lib/auth/device-cookie";
import { recordFailure, recordSuccess, secondsUntilAllowed, throttleKeys } from "@/lib/auth/sign-in-throttle";
import { revokeSessions } from "@/lib/server/users/revoke-sessions";
import { signInSchema } from "@/lib/validation/user";
import type { Role } from "@/lib/generated/prisma/enums";

export const RATE_LIMIT_PREFIX = "RATE_LIMITED:";

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of cookieHeader?.split(";") ?? []) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

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
        const secret = env().AUTH_SECRET ?? "";
        const deviceId = deviceIdFor(cookieValue(header(req.headers, "cookie"), DEVICE_COOKIE), email, secret);
        const keys = throttleKeys({ email, deviceId, address: clientAddress(header(req.headers, "x-forwarded-for"), env().TRUST_PROXY) });
        const wait = await secondsUntilAllowed(keys);
        // The message travels to the sign-in form; next-auth passes thrown messages through.
        if (wait > 0) throw new Error(`${RATE_LIMIT_PREFIX}${wait}`);
        const user = await getDb().user.findUnique({ where: { email }, omit: { passwordHash: false } });
        if (!(await verifyPassword(password, user?.passwordHash ?? null)) || !user || user.deactivatedAt) {
          await recordFailure(keys);
          return null;
        }
        await recordSuccess(keys);
        if (!deviceId) {
          (await cookies()).set(DEVICE_COOKIE, issueDeviceToken(email, secret), {
            httpOnly: true,
            sameSite: "lax",
            secure: env().NEXTAUTH_URL?.startsWith("https:") ?? false,
            path: "/api/auth",
            maxAge: DEVICE_COOKIE_MAX_AGE,
          });
        }
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { id: string; role: Role; sessionVersion: number };
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.sessionVersion = signedIn.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub!;
        session.user.role = token.role as Role;
      }
      session.sessionVersion = token.sessionVersion ?? -1;
      return session;
    },
  },
  events: {
    // A JWT cannot be taken back, so signing out moves the user's session version on: every
    // cookie issued before (a copy included) stops working on its next request.
    async signOut({ token }) {
      if (token?.sub) await revokeSessions(token.sub);
    },
  },
};
