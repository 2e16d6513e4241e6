import { describe, expect, it } from "vitest";
import { signAwsRequest, signingKey } from "./sigv4";

// The worked examples of AWS's Signature Version 4 documentation.
describe("AWS Signature Version 4", () => {
  const secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

  it("derives the documented signing key", () => {
    expect(signingKey(secret, "20120215", "us-east-1", "iam").toString("hex")).toBe(
      "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d",
    );
  });

  it("signs the documented IAM ListUsers request", () => {
    const headers = signAwsRequest({
      method: "GET",
      url: "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08",
      headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      body: "",
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: secret },
      region: "us-east-1",
      service: "iam",
      now: new Date(Date.UTC(2015, 7, 30, 12, 36, 0)),
    });
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
    );
  });
});
