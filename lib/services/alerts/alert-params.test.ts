import { describe, expect, it } from "vitest";
import { ZAlertChannelInput } from "./alert-params";

const webhook = (url: string) =>
  ZAlertChannelInput.safeParse({ name: "hook", kind: "webhook", url, secret: "0123456789abcdef" });

describe("an alert channel's URL", () => {
  it("may not reach a link-local or cloud metadata address, where the server's credentials live", () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[fe80::1]/hook",
      "http://[fd00:ec2::254]/",
      "http://[fd20:ce::254]/",
      "http://[::ffff:0:a9fe:a9fe]/",
      "http://[2002:a9fe:a9fe::]/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://100.100.100.200/latest/meta-data/",
      "http://[::ffff:169.254.169.254]/",
      "http://169.254.169.254./latest/meta-data/",
      "http://2852039166/",
      "http://0251.0376.0251.0376/",
      "http://0xa9fea9fe/",
      "http://metadata.google.internal./computeMetadata/v1/",
    ]) {
      const parsed = webhook(url);
      expect(parsed.success, url).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(
        "a link-local or cloud metadata address cannot receive alerts",
      );
    }
  });

  it("may be a public, private or loopback https or http address", () => {
    for (const url of [
      "https://hooks.example.com/x",
      "http://10.0.0.5:8080/hook",
      "http://127.0.0.1:9000/hook",
    ]) {
      expect(webhook(url).success, url).toBe(true);
    }
    expect(webhook("ftp://example.com/hook").success).toBe(false);
    expect(webhook("not a url").success).toBe(false);
  });
});
