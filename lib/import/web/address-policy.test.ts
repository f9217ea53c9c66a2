import { describe, expect, it } from "vitest";
import { isAllowedHost, isPublicAddress } from "./address-policy";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd00:ec2::254",
    "fc00::5",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::a9fe:a9fe",
    "ff02::1",
    "not an address",
    "",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"])("allows %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("isAllowedHost", () => {
  const url = (address: string) => new URL(address);
  it("matches a host exactly, with or without a port", () => {
    expect(isAllowedHost(url("http://127.0.0.1:4000/x"), ["127.0.0.1"])).toBe(true);
    expect(isAllowedHost(url("http://127.0.0.1:4000/x"), ["127.0.0.1:4000"])).toBe(true);
    expect(isAllowedHost(url("http://127.0.0.1:4001/x"), ["127.0.0.1:4000"])).toBe(false);
    expect(isAllowedHost(url("http://proxy.desk/x"), ["proxy.desk:80"])).toBe(true);
    expect(isAllowedHost(url("http://[::1]:8080/"), ["[::1]:8080"])).toBe(true);
    expect(isAllowedHost(url("http://[::1]:8080/"), ["::1"])).toBe(true);
    expect(isAllowedHost(url("http://evil.proxy.desk/"), ["proxy.desk"])).toBe(false);
    expect(isAllowedHost(url("http://localhost/"), [])).toBe(false);
  });
});
