import Link from "next/link";

export default function NotFound() {
  return (
    <section className="narrow">
      <h1>Not found</h1>
      <p>
        That page or article does not exist. <Link href="/">Back to the articles</Link>.
      </p>
    </section>
  );
}
