import { describe, expect, it } from "vitest";
import { webhookAddressRefusal } from "./webhook-address";

describe("webhook addresses", () => {
  it.each(["https://hooks.example.org/x", "http://93.184.216.34/x", "https://[2606:4700::1111]/x", "https://localhost.example.org/"])(
    "accepts the public address %s",
    (url) => expect(webhookAddressRefusal(url, [])).toBeNull(),
  );

  it.each([
    "http://127.0.0.1/x",
    "http://10.0.0.5/x",
    "http://172.16.3.4/x",
    "http://169.254.169.254/x",
    "http://[::1]/x",
    "http://[fe80::1]/x",
    "http://[::ffff:10.0.0.1]/x",
    "http://0.0.0.0/x",
    "http://localhost/x",
    "http://api.localhost/x",
  ])("refuses %s with a message that names the host", (url) => {
    expect(webhookAddressRefusal(url, [])).toMatch(/^Webhooks cannot be sent to .+: it is a private, local or reserved address/);
  });

  it("lets FACTMARK_FETCH_ALLOW_HOSTS entries through, port included", () => {
    expect(webhookAddressRefusal("http://127.0.0.1:4000/x", ["127.0.0.1"])).toBeNull();
    expect(webhookAddressRefusal("http://127.0.0.1:4000/x", ["127.0.0.1:5000"])).toMatch(/cannot be sent/);
  });
});
