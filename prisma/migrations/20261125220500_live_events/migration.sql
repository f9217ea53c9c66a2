-- Live updates. Every committed change to an article writes an audit event, and the article's
-- audit chain numbers its events in commit order (each writer holds the chain lock until it
-- commits). So the chain's seq is the article's event sequence: the signal below says only
-- "article X reached seq N", and listeners read the events themselves from "AuditEvent".
-- NOTIFY sent inside a transaction is delivered when it commits and dropped when it rolls back,
-- so only committed changes are ever signalled. The payload stays tiny: an id and a number.
CREATE FUNCTION "audit_event_signal"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
  IF NEW."articleId" IS NOT NULL THEN
    PERFORM pg_notify(''factmark_article_events'', NEW."articleId" || '':'' || NEW."seq")\073
  END IF\073
  RETURN NULL\073
END';
CREATE TRIGGER "AuditEvent_signal" AFTER INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "audit_event_signal"();
