import { describe, expect, it } from "vitest";
import { shouldCreateDemoUsers } from "./demo-users";

describe("shouldCreateDemoUsers", () => {
  it("creates the published accounts on the embedded database unless told not to", () => {
    expect(shouldCreateDemoUsers({ isEmbedded: true, setting: undefined })).toBe(true);
    expect(shouldCreateDemoUsers({ isEmbedded: true, setting: "off" })).toBe(false);
  });

  it("never creates them on a real database unless asked", () => {
    expect(shouldCreateDemoUsers({ isEmbedded: false, setting: undefined })).toBe(false);
    expect(shouldCreateDemoUsers({ isEmbedded: false, setting: "" })).toBe(false);
    expect(shouldCreateDemoUsers({ isEmbedded: false, setting: "on" })).toBe(true);
  });
});
