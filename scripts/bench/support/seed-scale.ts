// Fills a bench database to a given scale in SQL (generate_series), in seconds rather than the
// hours a million HTTP requests would take. Triggers are off while it runs (the audit chain's
// hashes and live notifications are not what is measured), so run it on a bench database only.
import pg from "pg";

export type Scale = { articles: number; annotationsPerArticle: number; auditPerAnnotation: number };

export async function seedScale(ownerUrl: string, scale: Scale, people: { editorId: string; reviewerId: string }) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const annotations = scale.articles * scale.annotationsPerArticle;
  const started = performance.now();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    const text = Array.from({ length: 60 }, (_, i) => `Sentence ${i} says the council spent £${i}m on roads and schools.`).join(" ");
    await client.query(
      `INSERT INTO "Article" (id, title, text, "contentHash", "createdById", status, publisher, "publishedOn", "createdAt", "updatedAt", "checkerId")
       SELECT 'scale-a-' || g, 'Scale article ' || g, $1, 'scale-hash-' || g, $2,
              (ARRAY['NEW','IN_PROGRESS','IN_REVIEW','SIGNED_OFF','PUBLISHED','ARCHIVED'])[1 + g % 6]::"ArticleStatus",
              'Publisher ' || (g % 40), date '2020-01-01' + (g % 2000), now() - g * interval '1 minute', now(),
              CASE WHEN g % 7 = 0 THEN $3 END
       FROM generate_series(1, $4::int) g`,
      [text, people.editorId, people.reviewerId, scale.articles],
    );
    await client.query(
      `INSERT INTO "Annotation" (id, "articleId", "authorId", kind, status, start, "end", exact, prefix, suffix, "articleRevision", "createdAt", "updatedAt", "deletedAt")
       SELECT 'scale-n-' || g, 'scale-a-' || (1 + g % $1::int), $2,
              (ARRAY['CLAIM','QUOTE','OPINION'])[1 + g % 3]::"AnnotationKind",
              (ARRAY['DRAFT','SUBMITTED','APPROVED','DISMISSED'])[1 + g % 4]::"AnnotationStatus",
              (g % 50) * 10, (g % 50) * 10 + 8, 'Sentence', '', '', 1, now(), now(), CASE WHEN g % 20 = 0 THEN now() END
       FROM generate_series(1, $3::int) g`,
      [scale.articles, people.editorId, annotations],
    );
    // Each article's chain: seq 1, 2, … with a previous hash from the second on (the table's CHECK).
    await client.query(
      `INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "articleId", after, "createdAt", seq, "prevHash", hash)
       SELECT $1, 'annotation.created', 'Annotation', 'scale-n-' || (1 + g % $3::int), 'scale-a-' || (1 + g % $2::int),
              -- The shape of the union's annotation.created payload (lib/audit/audit-events.ts), so a history read on a bench database parses.
              jsonb_build_object('id', 'scale-n-' || (1 + g % $3::int), 'articleId', 'scale-a-' || (1 + g % $2::int), 'kind', 'CLAIM',
                                 'status', 'DRAFT', 'start', 0, 'end', 8, 'exact', 'Sentence', 'version', 1),
              now() - g * interval '1 second', 1 + g / $2::int, CASE WHEN g / $2::int = 0 THEN NULL ELSE 'seeded' END, md5(g::text)
       FROM generate_series(0, $4::int - 1) g`,
      [people.editorId, scale.articles, annotations, annotations * scale.auditPerAnnotation],
    );
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { annotations, seconds: (performance.now() - started) / 1000 };
}
