import { describe, expect, it } from "vitest";
import { canManageWebhooks, isDeliveryLeased, redeliveryRefusal } from "./webhooks";

describe("webhook policies", () => {
  it("lets admins only manage webhooks", () => {
    expect(canManageWebhooks({ role: "ADMIN" })).toBe(true);
    expect(canManageWebhooks({ role: "EDITOR" })).toBe(false);
    expect(canManageWebhooks({ role: "REVIEWER" })).toBe(false);
  });

  it("refuses send again only while a worker's lease on a pending job runs", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const later = new Date("2026-12-07T12:00:30Z");
    const earlier = new Date("2026-12-07T11:59:30Z");
    expect(isDeliveryLeased({ status: "PENDING", lockedUntil: later }, now)).toBe(true);
    expect(redeliveryRefusal({ status: "PENDING", lockedUntil: later }, now)).toMatch(
      /being sent right now .* until 2026-12-07T12:00:30.000Z/,
    );
    expect(redeliveryRefusal({ status: "PENDING", lockedUntil: earlier }, now)).toBeNull();
    expect(redeliveryRefusal({ status: "PENDING", lockedUntil: null }, now)).toBeNull();
    expect(redeliveryRefusal({ status: "FAILED", lockedUntil: later }, now)).toBeNull();
    expect(redeliveryRefusal({ status: "DELIVERED", lockedUntil: null }, now)).toBeNull();
  });
});
