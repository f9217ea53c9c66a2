import { NextResponse } from "next/server";
import { scopeName } from "@/lib/auth/api-scopes";
import { withApiActor } from "@/lib/api/with-api-actor";

/** Who the request acts as, and with which scopes: the first thing a script checks with a new token. */
export const GET = withApiActor({ scope: "read" }, async (_request, { actor, scopes, via, tokenPrefix }) =>
  NextResponse.json({
    user: { id: actor.id, email: actor.email, name: actor.name, role: actor.role.toLowerCase() },
    scopes: scopes.map(scopeName),
    via,
    tokenPrefix,
  }),
);
