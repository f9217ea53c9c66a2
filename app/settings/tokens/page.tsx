import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { API_SCOPES } from "@/lib/enums";
import { grantableScopes } from "@/lib/policies/api-tokens";
import { listMyApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import type { ApiTokenView } from "@/lib/server/api-tokens/api-token-view";
import { When } from "@/components/ui/when";
import { CreateTokenForm } from "./_components/create-token-form";
import { RevokeTokenButton } from "./_components/revoke-token-button";

export const metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const actor = await requirePageActor("/settings/tokens");
  const tokens = await listMyApiTokens({ actor });
  return (
    <section className="narrow wide">
      <h1>API tokens</h1>
      <p className="hint">
        A token lets a script or another tool use the Factmark API as you (<code>Authorization: Bearer fmk_…</code>). It can do no more than
        you can, and no more than its scopes allow. A new password or a deactivated account ends every token. What it can call:{" "}
        <Link href="/api/v1/docs">the API reference</Link>.
      </p>
      <CreateTokenForm scopes={grantableScopes(actor, API_SCOPES)} />
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p className="empty">No tokens yet.</p>
      ) : (
        <table className="article-table token-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Prefix</th>
              <th scope="col">Scopes</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TokenRow({ token }: { token: ApiTokenView }) {
  const nameId = `token-${token.id}`;
  return (
    <tr>
      <td id={nameId}>{token.name}</td>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>{token.scopes.join(", ")}</td>
      <td>{token.expiresAt ? <When date={token.expiresAt} /> : "Never"}</td>
      <td>{token.lastUsedAt ? <When date={token.lastUsedAt} /> : "Not yet"}</td>
      <td>
        {token.revokedAt ? (
          <>
            Revoked <When date={token.revokedAt} />
          </>
        ) : token.isActive ? (
          <RevokeTokenButton id={token.id} describedBy={nameId} />
        ) : (
          "Expired"
        )}
      </td>
    </tr>
  );
}
