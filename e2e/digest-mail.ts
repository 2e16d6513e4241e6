// Reads the digests the end-to-end SMTP server receives: headers and the decoded HTML and text
// parts of nodemailer's multipart/alternative message (quoted-printable or base64, UTF-8).

export interface ReceivedMail {
  headers: Record<string, string>;
  html: string;
  text: string;
}

function splitHead(raw: string): [Record<string, string>, string] {
  const at = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, " ");
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return [headers, raw.slice(at + 4)];
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding !== "quoted-printable") return body;
  const softBreaksRemoved = body.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < softBreaksRemoved.length; i++) {
    const char = softBreaksRemoved[i];
    if (char === "=" && /^[0-9A-F]{2}$/i.test(softBreaksRemoved.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(softBreaksRemoved.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char ?? "", "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

export function parseMail(raw: string): ReceivedMail {
  const [headers, body] = splitHead(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(headers["content-type"] ?? "")?.[1];
  if (!boundary) throw new Error(`Not a multipart message: ${headers["content-type"]}`);
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => splitHead(part.replace(/^\r\n/, "")));
  const part = (type: string) => {
    const found = parts.find(([h]) => h["content-type"]?.startsWith(type));
    if (!found) throw new Error(`No ${type} part`);
    return decode(found[1].replace(/\r\n$/, ""), found[0]["content-transfer-encoding"]);
  };
  return { headers, html: part("text/html"), text: part("text/plain") };
}
