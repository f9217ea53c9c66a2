import { describe, expect, it } from "vitest";
import { dateFromDateOnly, dateOnlyFromDate, isoFromDate, todayDateOnly } from "./dates";

describe("dates", () => {
  it("turns a YYYY-MM-DD day into UTC midnight and back, whatever the local time zone", () => {
    const date = dateFromDateOnly("2024-02-29");
    expect(date.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(dateOnlyFromDate(date)).toBe("2024-02-29");
    expect(dateOnlyFromDate(new Date("2024-03-01T23:59:59.999Z"))).toBe("2024-03-01");
  });

  it("keeps null as null in both directions", () => {
    expect(dateFromDateOnly(null)).toBeNull();
    expect(dateFromDateOnly(undefined)).toBeNull();
    expect(dateFromDateOnly("")).toBeNull();
    expect(dateOnlyFromDate(null)).toBeNull();
    expect(isoFromDate(null)).toBeNull();
    expect(isoFromDate(undefined)).toBeNull();
  });

  it("refuses what is not a calendar day instead of rolling it over", () => {
    expect(() => dateFromDateOnly("2023-02-29")).toThrow(RangeError);
    expect(() => dateFromDateOnly("2024-13-01")).toThrow(RangeError);
    expect(() => dateFromDateOnly("1 March 2024")).toThrow(RangeError);
  });

  it("writes timestamps as ISO strings and today as a UTC day", () => {
    expect(isoFromDate(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe("2024-01-02T03:04:05.000Z");
    expect(todayDateOnly(new Date("2024-06-30T23:30:00-02:00"))).toBe("2024-07-01");
  });
});
