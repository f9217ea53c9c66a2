import { scopeName } from "@/lib/auth/api-scopes";
import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { getMe } from "@/lib/api/v1/operations/me";

export const GET = apiRoute(getMe, async ({ caller: { actor, scopes, via, tokenPrefix } }) =>
  apiJson({
    user: { id: actor.id, email: actor.email, name: actor.name, role: actor.role.toLowerCase() },
    scopes: scopes.map(scopeName),
    via,
    tokenPrefix,
  }),
);
