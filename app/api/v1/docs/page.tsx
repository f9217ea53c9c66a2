import Link from "next/link";
import { ApiReference } from "./_components/api-reference";

export const metadata = { title: "API reference" };

// Public, like the document it renders (/api/v1/openapi.json): it describes shapes, never data.
export default function ApiReferencePage() {
  return (
    <section className="api-reference">
      <h1>API reference</h1>
      <p className="hint">
        Every operation of <code>/api/v1</code>, generated from the same schemas the server checks requests with. Call it with a token from{" "}
        <Link href="/settings/tokens">Settings → API tokens</Link> (<code>Authorization: Bearer fmk_…</code>); signed in, “Try it out” uses
        your session. The document itself: <a href="/api/v1/openapi.json">openapi.json</a> (OpenAPI 3.1).
      </p>
      <ApiReference documentUrl="/api/v1/openapi.json" />
    </section>
  );
}
