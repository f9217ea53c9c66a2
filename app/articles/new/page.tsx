import { requirePageActor } from "@/lib/auth/page";
import { ImportForm } from "@/components/articles/import-form";
import { LIMIT_LABEL } from "@/lib/import";

export const metadata = { title: "Import article" };

export default async function ImportPage() {
  await requirePageActor("/articles/new");
  return (
    <section className="narrow wide">
      <h1>Import an article</h1>
      <p className="hint">
        Paste the text or upload a .txt, .md or .html file (UTF-8, up to {LIMIT_LABEL}). The text is normalised once and every annotation
        refers to it.
      </p>
      <ImportForm />
    </section>
  );
}
