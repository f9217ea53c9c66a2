-- Hand-written: the audit trail becomes a hash chain per article (events without an article form
-- one chain of their own). Prisma's schema language cannot express any of this, and the schema
-- does not change, so schema-snapshot.prisma is the previous migration's.
-- Function bodies are E'' strings with \073 for a semicolon because the WebAssembly schema engine
-- splits migration scripts at every semicolon, including those inside quoted bodies and comments.

-- An event's hash: SHA-256 (built in, no extension, so the embedded PGlite runs it too) in hex
-- over a JSON array of its content and the previous event's hash. The array keeps the fields
-- apart unambiguously, jsonb text is canonical (sorted keys, fixed spacing), and the timestamp
-- has a fixed format that does not depend on DateStyle. The trigger and the verifier
-- (lib/server/audit-chain.ts) both call this function, so both hash the same bytes.
CREATE FUNCTION "audit_event_hash"("seq" INTEGER, "prevHash" TEXT, "actorId" TEXT, "action" TEXT, "entityType" TEXT, "entityId" TEXT, "articleId" TEXT, "before" JSONB, "after" JSONB, "createdAt" TIMESTAMP) RETURNS TEXT LANGUAGE sql STABLE
  AS E'SELECT encode(sha256(convert_to(json_build_array($1, $2, $3, $4, $5, $6, $7, $8::text, $9::text, to_char($10, ''YYYY-MM-DD"T"HH24:MI:SS.US''))::text, ''UTF8'')), ''hex'')';

-- Serialises the writers of one chain until their transaction ends. Events without an article
-- share the key of the empty string. A collision of two keys only makes two chains wait for
-- each other. The two-integer form keeps these locks apart from any single-key advisory lock.
CREATE FUNCTION "audit_chain_lock"("articleId" TEXT) RETURNS void LANGUAGE sql VOLATILE
  AS E'SELECT pg_advisory_xact_lock(hashtext(''AuditEvent chain''), hashtext(coalesce($1, '''')))';

-- Whatever code inserts an event, the database links it to the newest event of its chain inside
-- the transaction of the change: seq, prevHash and hash given by the client are overwritten.
-- After the lock, the chain's newest event is committed (its writer held the lock until then),
-- and a volatile function's query takes a fresh snapshot under READ COMMITTED, so it sees it.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql
  AS E'DECLARE
  previous RECORD\073
BEGIN
  PERFORM "audit_chain_lock"(NEW."articleId")\073
  IF NEW."articleId" IS NULL THEN
    SELECT "seq", "hash" INTO previous FROM "AuditEvent" WHERE "articleId" IS NULL ORDER BY "seq" DESC, "id" DESC LIMIT 1\073
  ELSE
    SELECT "seq", "hash" INTO previous FROM "AuditEvent" WHERE "articleId" = NEW."articleId" ORDER BY "seq" DESC, "id" DESC LIMIT 1\073
  END IF\073
  IF FOUND THEN
    NEW."seq" := previous."seq" + 1\073
    NEW."prevHash" := previous."hash"\073
  ELSE
    NEW."seq" := 1\073
    NEW."prevHash" := NULL\073
  END IF\073
  NEW."hash" := "audit_event_hash"(NEW."seq", NEW."prevHash", NEW."actorId", NEW."action", NEW."entityType", NEW."entityId", NEW."articleId", NEW."before", NEW."after", NEW."createdAt")\073
  RETURN NEW\073
END';
CREATE TRIGGER "AuditEvent_chain" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();

-- Backfill: existing events (seq 0, hash empty) are chained in id order per chain. The
-- append-only trigger refuses UPDATE, so it is disabled for the backfill and enabled again, all
-- in this one statement: if anything fails, the whole block rolls back with the trigger on.
DO E'DECLARE
  event RECORD\073
  is_first BOOLEAN := true\073
  previous_article TEXT\073
  previous_seq INTEGER := 0\073
  previous_hash TEXT\073
  event_hash TEXT\073
BEGIN
  LOCK TABLE "AuditEvent" IN EXCLUSIVE MODE\073
  ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"\073
  FOR event IN SELECT * FROM "AuditEvent" ORDER BY "articleId" NULLS FIRST, "id" LOOP
    IF is_first OR event."articleId" IS DISTINCT FROM previous_article THEN
      previous_seq := 0\073
      previous_hash := NULL\073
    END IF\073
    event_hash := "audit_event_hash"(previous_seq + 1, previous_hash, event."actorId", event."action", event."entityType", event."entityId", event."articleId", event."before", event."after", event."createdAt")\073
    UPDATE "AuditEvent" SET "seq" = previous_seq + 1, "prevHash" = previous_hash, "hash" = event_hash WHERE "id" = event."id"\073
    is_first := false\073
    previous_article := event."articleId"\073
    previous_seq := previous_seq + 1\073
    previous_hash := event_hash\073
  END LOOP\073
  ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"\073
END';

-- Every event is in a chain. There is no unique index on ("articleId", "seq") because NULL
-- articleIds are never equal to each other, so the chain lock is what keeps seq unique.
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_chain_check" CHECK ("seq" >= 1 AND "hash" <> '' AND ("seq" = 1) = ("prevHash" IS NULL));
