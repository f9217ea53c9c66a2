// What the search bench searches, added in SQL to a database seedScale filled: the articles get
// titles on a topic, findings get checkable claims, speakers, holders and verdicts, a fifth of them
// a source, and the library gets its entries (100,000 on the large database). The words come from
// small vocabularies crossed at different strides, so a topic word matches a few thousand rows, a
// name a few hundred, a claim's exact words a handful: the spread of a real desk's searches.
// Triggers are off while it runs (as in seedScale), so the vectors are computed here with the
// migration's own functions.
import pg from "pg";

export const TOPICS = [
  "inflation", "unemployment", "housing", "rents", "energy", "tuition", "pensions", "vaccines", "immigration", "crime",
  "wages", "tariffs", "exports", "nurses", "teachers", "potholes", "buses", "railways", "broadband", "water",
  "sewage", "flooding", "wildfires", "emissions", "recycling", "childcare", "prisons", "police", "fuel", "groceries",
  "mortgages", "savings", "benefits", "taxes", "borrowing", "debt", "budgets", "hospitals", "waiting", "ambulances",
]; // prettier-ignore
export const VERBS = ["rose", "fell", "doubled", "halved", "stalled", "soared", "collapsed", "recovered"];
export const FIRST_NAMES = [
  "Alice",
  "Bashir",
  "Chloe",
  "Dmitri",
  "Elena",
  "Farid",
  "Grace",
  "Hamish",
  "Ines",
  "Jonas",
  "Keiko",
  "Lamar",
  "Maria",
  "Nikos",
  "Olu",
  "Priya",
  "Quentin",
  "Rosa",
  "Sven",
  "Tomasz",
];
export const LAST_NAMES = [
  "Johnson", "Okafor", "Lindqvist", "Moreau", "Castillo", "Nakamura", "Whitfield", "Adeyemi", "Kowalski", "Haddad",
  "Fitzgerald", "Brennan", "Oyelaran", "Petrov", "Sandoval", "Thorne", "Valdez", "Yilmaz", "Zhang", "Abernathy",
  "Delacroix", "Engstrom", "Gallagher", "Ishikawa", "Mbeki",
]; // prettier-ignore
export const ORGANISATIONS = [
  "Full Fact",
  "PolitiFact",
  "Snopes",
  "AFP Fact Check",
  "Maldita",
  "Correctiv",
  "Africa Check",
  "Les Décodeurs",
  "Chequeado",
  "Logically",
];

export async function seedSearch(ownerUrl: string, scale: { articles: number; libraryEntries: number }) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const started = performance.now();
  const vocabulary = [TOPICS, VERBS, FIRST_NAMES, LAST_NAMES, ORGANISATIONS];
  // Each statement reads the vocabularies as v (topics, verbs, firsts, lasts, orgs): word g of a list at stride S is picked by a hash of g * S.
  const lists = ["topics", "verbs", "firsts", "lasts", "orgs"];
  const v = `(SELECT ${lists.map((name, i) => `$${i + 1}::text[] AS ${name}`).join(", ")}) v`;
  // Hashed rather than g * stride: a linear pick shares residues with the seed's own cycles (every
  // 20th finding is deleted), which left some topics on deleted findings only.
  const word = (list: number, stride: number, of = "g") => {
    const name = `v.${lists[list - 1]}`;
    return `${name}[1 + mod(hashint4(${of} * ${stride})::bigint + 2147483648, cardinality(${name}))]`;
  };
  const person = (of: string) => `${word(3, 7, of)} || ' ' || ${word(4, 11, of)}`;
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(
      `UPDATE "Article" a SET title = 'Scale article ' || g || ': ' || ${word(1, 3)} || ' and ' || ${word(1, 17)}
       FROM (SELECT generate_series(1, $6::int) g) s, ${v} WHERE a.id = 'scale-a-' || g`,
      [...vocabulary, scale.articles],
    );
    // Claims get a checkable sentence, quotes a speaker, opinions a holder (kinds cycle with g % 3, as seeded).
    // The search indexes are dropped for the bulk writes and built again after them: building a GIN
    // index once is many times faster than a million inserts into it.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE tablename IN ('Annotation', 'Source', 'Article', 'FactCheck') AND (indexname LIKE '%searchVector_idx' OR indexname LIKE '%trgm_idx')`,
    );
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    await client.query(
      `UPDATE "Annotation" n SET "claimText" = s.claim, speaker = s.speaker, holder = s.holder,
         "searchVector" = factmark_finding_vector('factmark_english', s.claim, n.exact, concat_ws(' ', s.speaker, s.holder), n.note, n."quoteOrigin", NULL)
       FROM (
         SELECT id,
                CASE WHEN kind = 'CLAIM' THEN ${word(4, 11)} || ' said ' || ${word(1, 13)} || ' ' || ${word(2, 5)} || ' by ' || (g % 97) || '.' || (g % 10) || ' per cent in ' || (2000 + g % 27) END AS claim,
                CASE WHEN kind = 'QUOTE' THEN ${person("g")} END AS speaker,
                CASE WHEN kind = 'OPINION' THEN ${person("g")} END AS holder
         FROM (SELECT substring(id FROM 9)::int AS g, id, kind FROM "Annotation" WHERE id LIKE 'scale-n-%') a, ${v}
       ) s WHERE n.id = s.id`,
      vocabulary,
    );
    await client.query(
      `INSERT INTO "Verdict" (id, "annotationId", rating, "authorId", "createdAt", "updatedAt")
       SELECT 'scale-v-' || substring(id FROM 9), id,
              (ARRAY['TRUE','MOSTLY_TRUE','MIXED','MOSTLY_FALSE','FALSE','MISLEADING','UNVERIFIABLE'])[1 + substring(id FROM 9)::int % 7]::"VerdictRating",
              "authorId", now(), now()
       FROM "Annotation" WHERE id LIKE 'scale-n-%' AND kind = 'CLAIM' AND substring(id FROM 9)::int % 2 = 0`,
    );
    await client.query(
      `INSERT INTO "Source" (id, "annotationId", url, title, publisher, stance, "createdById", "createdAt", "updatedAt", "searchVector")
       SELECT 'scale-s-' || g, 'scale-n-' || g, 'https://stats.example.org/' || ${word(1, 19)} || '/' || g,
              ${word(1, 19)} || ' statistics ' || (2000 + g % 27), ${word(5, 3)}, 'CONTEXT', n."authorId", now(), now(),
              factmark_source_vector('factmark_english', ${word(1, 19)} || ' statistics ' || (2000 + g % 27), ${word(5, 3)}, NULL,
                                     'https://stats.example.org/' || ${word(1, 19)} || '/' || g)
       FROM (SELECT substring(id FROM 9)::int AS g, "authorId" FROM "Annotation" WHERE id LIKE 'scale-n-%' AND substring(id FROM 9)::int % 5 = 0) n, ${v}`,
      vocabulary,
    );
    await client.query(
      `INSERT INTO "FactCheck" (id, origin, url, "claimReviewed", "claimKey", headline, "ratingName", "publisherName", "datePublished", language, "claimAuthor", "updatedAt")
       SELECT 'scale-f-' || g, 'LIBRARY', 'https://factcheck.example/' || g,
              ${person("g")} || ' says ' || ${word(1, 23)} || ' ' || ${word(2, 3)} || ' by ' || (g % 89) || ' per cent since ' || (1990 + g % 35),
              md5(g::text), 'Did ' || ${word(1, 23)} || ' really ' || ${word(2, 3)} || '?', (ARRAY['False','Misleading','True','Half true'])[1 + g % 4],
              ${word(5, 7)}, date '2015-01-01' + (g % 3650), 'en', ${person("g")}, now()
       FROM generate_series(1, $6::int) g, ${v}`,
      [...vocabulary, scale.libraryEntries],
    );
    for (const index of indexes) await client.query(index.definition);
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { seconds: (performance.now() - started) / 1000 };
}

/** Searches as a desk makes them: topics, names, figures, phrases, filters, a misspelt name, and words everywhere. */
export function benchQueries(): string[] {
  const queries: string[] = [];
  for (let i = 0; i < 8; i++) queries.push(`q=${TOPICS[(i * 5) % TOPICS.length]}`);
  for (let i = 0; i < 6; i++)
    queries.push(`q=${encodeURIComponent(`${TOPICS[(i * 7) % TOPICS.length]} ${LAST_NAMES[(i * 3) % LAST_NAMES.length]}`)}`);
  for (let i = 0; i < 4; i++) queries.push(`q=${encodeURIComponent(`${FIRST_NAMES[i * 2]} ${LAST_NAMES[i * 5]}`)}`);
  for (let i = 0; i < 4; i++) queries.push(`q=${encodeURIComponent(`"${TOPICS[i * 3]} ${VERBS[i]}"`)}`);
  for (let i = 0; i < 4; i++) queries.push(`q=${encodeURIComponent(`${TOPICS[i * 9]} ${i * 11}.${i} per cent`)}`);
  queries.push(
    `q=${encodeURIComponent("inflation")}&verdict=FALSE`,
    "q=housing&type=fact-check",
    `q=rents&publisher=${encodeURIComponent("Full Fact")}`,
  );
  queries.push("q=energy&kind=QUOTE", "q=Okafor&review=APPROVED", "q=wages&from=2021-01-01&to=2022-12-31");
  queries.push("q=Jonhson", "q=Lindkvist", "q=Castilo");
  queries.push("q=council", "q=schools", "q=Sentence");
  return queries;
}
