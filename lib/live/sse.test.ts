import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readSseData, resumeSeq, sseComment, sseEvent } from "@/lib/live/sse";

describe("SSE framing", () => {
  it("writes id, event and one data line per JSON line, ended by a blank line", () => {
    expect(sseEvent("change", { seq: 7, action: "annotation.updated" }, 7)).toBe(
      'id: 7\nevent: change\ndata: {"seq":7,"action":"annotation.updated"}\n\n',
    );
    expect(sseEvent("ready", { seq: 0 })).toBe('event: ready\ndata: {"seq":0}\n\n');
  });

  it("keeps a newline inside a value from ending the event early", () => {
    const frame = sseEvent("change", { note: "two\nlines" }, 1);
    expect(frame.split("\n\n")).toHaveLength(2);
    expect(frame).toContain('data: {"note":"two\\nlines"}');
  });

  it("writes comments for heartbeats", () => expect(sseComment("heartbeat")).toBe(": heartbeat\n\n"));
});

describe("resumeSeq", () => {
  it("prefers the browser's Last-Event-ID, then ?after=", () => {
    expect(resumeSeq("12", "3")).toBe(12);
    expect(resumeSeq(null, "3")).toBe(3);
    expect(resumeSeq(null, null)).toBeNull();
  });

  it("ignores values that are not sequence numbers", () => {
    expect(resumeSeq("abc", "4")).toBe(4);
    expect(resumeSeq("-1", null)).toBeNull();
    expect(resumeSeq("1e9", null)).toBeNull();
    expect(resumeSeq("99999999999999999999", null)).toBeNull();
  });
});

describe("readSseData", () => {
  const schema = z.object({ count: z.number() });

  it("reads what sseEvent wrote", () => {
    const data = sseEvent("unread", { count: 3 }).split("data: ")[1]!.trim();
    expect(readSseData(schema, { data })).toEqual({ count: 3 });
  });

  it("answers null for data that is not JSON, not that shape, or missing", () => {
    expect(readSseData(schema, { data: "{count: 3" })).toBeNull();
    expect(readSseData(schema, { data: '{"count":"3"}' })).toBeNull();
    expect(readSseData(schema, {})).toBeNull();
  });
});
