// A TCP proxy between the app and PostgreSQL that counts round trips as the database sees them:
// each Sync ('S', the end of an extended-protocol query) or simple Query ('Q') the client sends is
// one trip the client then waits on. It records the statement text of each trip, so a bench can
// show what one request sends and how long a row lock is held (trips from the UPDATE to COMMIT).
import net from "node:net";

/** One round trip: the first statement it carried, with that statement's parameters as text (null for binary). */
export type WireTrip = { connection: number; sql: string; params: (string | null)[]; at: number };

export type WireProxy = { url: string; trips: WireTrip[]; reset: () => void; close: () => Promise<void> };

export async function startWireProxy(databaseUrl: string): Promise<WireProxy> {
  const target = new URL(databaseUrl);
  const trips: WireTrip[] = [];
  let connections = 0;
  const server = net.createServer((client) => {
    const connection = ++connections;
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    // As pg sets on its own socket: without it, a large result relayed in pieces waits on
    // Nagle's algorithm and the reader's delayed ACK (40 ms stalls the app never has).
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const statements = new Map<string, string>();
    let pending = "";
    let pendingParams: (string | null)[] = [];
    let bound = false;
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      // The startup packet (and an SSL request) has no type byte: length first.
      while (!started && buffer.length >= 8) {
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (buffer.length < length) break;
        buffer = buffer.subarray(length);
        if (code !== 80877103) started = true;
      }
      while (started && buffer.length >= 5) {
        const type = String.fromCharCode(buffer[0]!);
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const body = buffer.subarray(5, length + 1);
        buffer = buffer.subarray(length + 1);
        if (type === "Q") trips.push({ connection, sql: cString(body, 0).value, params: [], at: performance.now() });
        if (type === "P") {
          const name = cString(body, 0);
          const sql = cString(body, name.next).value;
          statements.set(name.value, sql);
          pending ||= sql;
        }
        if (type === "B") {
          const portal = cString(body, 0);
          const statement = cString(body, portal.next);
          // The first statement bound in this trip is the one recorded (its Parse may have come just before).
          if (!bound) {
            pending ||= statements.get(statement.value) ?? "";
            pendingParams = bindParams(body, statement.next);
            bound = true;
          }
        }
        if (type === "S") {
          trips.push({ connection, sql: pending, params: pendingParams, at: performance.now() });
          pending = "";
          pendingParams = [];
          bound = false;
        }
      }
    });
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end);
    upstream.on("error", end);
    client.on("close", end);
    upstream.on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String((server.address() as net.AddressInfo).port);
  return {
    url: proxied.toString(),
    trips,
    reset: () => trips.splice(0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A Bind message's parameter values: text-format ones as strings, binary ones as null. */
function bindParams(body: Buffer, from: number): (string | null)[] {
  let at = from;
  const formatCount = body.readInt16BE(at);
  const formats = Array.from({ length: formatCount }, (_, i) => body.readInt16BE(at + 2 + i * 2));
  at += 2 + formatCount * 2;
  const count = body.readInt16BE(at);
  at += 2;
  const params: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const length = body.readInt32BE(at);
    at += 4;
    const format = formats.length === 1 ? formats[0] : (formats[i] ?? 0);
    params.push(length < 0 || format === 1 ? null : body.subarray(at, at + length).toString("utf8"));
    if (length > 0) at += length;
  }
  return params;
}

function cString(buffer: Buffer, from: number) {
  const end = buffer.indexOf(0, from);
  return { value: buffer.subarray(from, end).toString("utf8"), next: end + 1 };
}

/** Trips from the first statement that locks `table`'s row (UPDATE/SELECT … FOR UPDATE) until COMMIT, that one excluded. */
export function tripsHoldingLock(trips: WireTrip[], table: string): number {
  const locking = new RegExp(
    `^\\s*(UPDATE\\s+("public"\\.)?"${table}"|WITH[\\s\\S]*UPDATE\\s+("public"\\.)?"${table}"|SELECT[\\s\\S]*FOR UPDATE)`,
    "i",
  );
  const first = trips.findIndex((trip) => locking.test(trip.sql));
  if (first < 0) return 0;
  const commit = trips.findIndex((trip, index) => index > first && /^\s*COMMIT/i.test(trip.sql));
  return (commit < 0 ? trips.length : commit) - first;
}
