// Liveness, for load balancers and orchestrators: the process answers. Touches no database, so a
// database outage makes instances unready (GET /api/ready), never restarted.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
