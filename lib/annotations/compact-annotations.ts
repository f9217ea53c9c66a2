// The article page's annotations on the wire. A page with a thousand annotations sent each one
// as a full AnnotationView (its article id, its quote and context copied out of the text, its
// author's name, ISO dates, empty lists), about 750 KB of RSC payload. Here each annotation is a
// row of values in a fixed column order: the quote is left out whenever the article's text gives
// it back exactly, people are sent once, dates are epoch milliseconds, and trailing empty values
// are dropped. `expandAnnotations` gives back exactly what `compactAnnotations` was given.
import { describeSpan } from "@/lib/anchoring";
import { COLUMN_FIELDS, type CardColumns, type ColumnField } from "@/lib/annotations/card-fields";
import type { AnnotationView, ReviewView } from "@/lib/annotations/types";

type Person = { id: string; name: string };

/** [exact, prefix, suffix] when the text does not give them back (orphaned, another revision). */
type Quote = [string, string, string];
type CompactReview = [id: string, outcome: ReviewView["outcome"], reason: string | null, version: number, reviewer: number, at: number];

/** What every row starts with; the card's column fields follow, then `Tail`. */
type Head = [
  id: string,
  kind: AnnotationView["kind"],
  status: AnnotationView["status"],
  start: number,
  end: number,
  articleRevision: number,
  version: number,
  createdAt: number,
  updatedAt: number,
  author: number,
  lastEditedById: string | null,
  quote: Quote | null,
  orphanedAt: number | null,
];
type Tail = [
  verdict: AnnotationView["verdict"],
  sources: AnnotationView["sources"] | null,
  restsOnIds: string[] | null,
  reviews: CompactReview[] | null,
];
/** The card's column fields (lib/annotations/card-fields.ts) sit between the two, in the registry's order. */
type CompactRow = [...Head, ...CardColumns[ColumnField][], ...Tail];

// Typed as the tuples' lengths, so a column added to Head or Tail must be counted here too.
const HEAD: Head["length"] = 13;
const TAIL: Tail["length"] = 4;
const COLUMNS = HEAD + COLUMN_FIELDS.length + TAIL;

export type CompactAnnotations = { people: Person[]; rows: unknown[][] };

/** The page's annotations, packed against the article's current text. */
export function compactAnnotations(annotations: AnnotationView[], text: string): CompactAnnotations {
  const people: Person[] = [];
  const index = new Map<string, number>();
  const personIndex = (person: Person) => {
    let at = index.get(person.id);
    if (at === undefined) {
      at = people.push(person) - 1;
      index.set(person.id, at);
    }
    return at;
  };
  const rows = annotations.map((a) => {
    const author = personIndex(a.author);
    const reviews = a.reviews.map((r): CompactReview => [r.id, r.outcome, r.reason, r.version, personIndex(r.reviewer), Date.parse(r.at)]);
    const head: Head = [
      a.id,
      a.kind,
      a.status,
      a.start,
      a.end,
      a.articleRevision,
      a.version,
      Date.parse(a.createdAt),
      Date.parse(a.updatedAt),
      author,
      a.lastEditedById,
      quoteFromText(a, text) ? null : [a.exact, a.prefix, a.suffix],
      a.orphanedAt === null ? null : Date.parse(a.orphanedAt),
    ];
    const tail: Tail = [
      a.verdict,
      a.sources.length ? a.sources : null,
      a.restsOnIds.length ? a.restsOnIds : null,
      reviews.length ? reviews : null,
    ];
    const row: CompactRow = [...head, ...COLUMN_FIELDS.map((field) => a[field]), ...tail];
    let length = row.length;
    while (length > 0 && row[length - 1] === null) length--;
    return row.slice(0, length);
  });
  return { people, rows };
}

/** The annotations as the store holds them. */
export function expandAnnotations({ people, rows }: CompactAnnotations, article: { id: string; text: string }): AnnotationView[] {
  return rows.map((packed) => {
    // Trailing empty values were dropped; a loop, not Array.from with a callback, which cost a thousand-card page milliseconds.
    const row = new Array(COLUMNS) as CompactRow;
    for (let i = 0; i < COLUMNS; i++) (row as unknown[])[i] = packed[i] ?? null;
    const [id, kind, status, start, end, articleRevision, version, createdAt, updatedAt, author, lastEditedById, quote, orphanedAt] = row;
    const [verdict, sources, restsOnIds, reviews] = row.slice(COLUMNS - TAIL) as Tail;
    const columns = {} as Record<ColumnField, unknown>;
    for (let i = 0; i < COLUMN_FIELDS.length; i++) columns[COLUMN_FIELDS[i]!] = row[HEAD + i];
    const [exact, prefix, suffix] = quote ?? spanQuote(article.text, start, end);
    return {
      id,
      articleId: article.id,
      kind,
      status,
      start,
      end,
      exact,
      prefix,
      suffix,
      articleRevision,
      orphanedAt: orphanedAt === null ? null : iso(orphanedAt),
      ...(columns as CardColumns),
      version,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
      author: people[author]!,
      lastEditedById,
      verdict,
      sources: sources ?? [],
      restsOnIds: restsOnIds ?? [],
      reviews: (reviews ?? []).map(([reviewId, outcome, reason, reviewed, reviewer, at]) => ({
        id: reviewId,
        outcome,
        reason,
        version: reviewed,
        reviewer: people[reviewer]!,
        at: iso(at),
      })),
    };
  });
}

function spanQuote(text: string, start: number, end: number): Quote {
  const { exact, prefix, suffix } = describeSpan(text, start, end).quote;
  return [exact, prefix, suffix];
}

function quoteFromText(a: AnnotationView, text: string) {
  try {
    const [exact, prefix, suffix] = spanQuote(text, a.start, a.end);
    return exact === a.exact && prefix === a.prefix && suffix === a.suffix;
  } catch {
    // A span this text cannot give (past its end, splitting a character): the quote is sent.
    return false;
  }
}

function iso(epochMs: number) {
  return new Date(epochMs).toISOString();
}
