import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSaneRequestId, REQUEST_ID_HEADER, requestIdFrom } from "@/lib/api/request-id";

const withId = (value: string) => new Headers({ [REQUEST_ID_HEADER]: value });

describe("requestIdFrom", () => {
  it("keeps a sane incoming id, so one id follows the request from the load balancer on", () => {
    expect(requestIdFrom(withId("3f2c9a1e-lb-7d41"))).toBe("3f2c9a1e-lb-7d41");
    expect(requestIdFrom(withId("01J9ZQ4W8X6Y5V3T2S1R0QPNMK"))).toBe("01J9ZQ4W8X6Y5V3T2S1R0QPNMK");
  });

  it("makes a new id when there is none", () => {
    const id = requestIdFrom(new Headers());
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(new Headers())).not.toBe(id);
  });

  it("replaces an id that could break a log line or a header", () => {
    for (const insane of ["short", "a b c d e f g h", 'quote"inside-id', "x".repeat(129), "line\\nbreak-id", "<script>alert</script>"]) {
      expect(requestIdFrom(withId(insane))).not.toBe(insane);
    }
  });

  it("only ever answers sane ids, whatever comes in", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        let headers: Headers;
        try {
          headers = withId(value);
        } catch {
          return true; // Headers itself refuses what no HTTP request could carry.
        }
        return isSaneRequestId(requestIdFrom(headers));
      }),
    );
  });
});
