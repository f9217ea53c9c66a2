import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an open redirect after sign-in would be a phishing aid.
  const target = safeCallbackPath(callbackUrl);
  if (await getActor()) redirect(target);
  return (
    <section className="narrow">
      <h1>Sign in to Factmark</h1>
      <SignInForm callbackUrl={target} />
    </section>
  );
}
