import { BlockList, isIP } from "node:net";

/**
 * Addresses an alert must never be sent to: link-local ranges and the cloud instance-metadata
 * endpoints, where a request from the server could read its credentials. Loopback and private
 * addresses stay allowed: internal webhooks are normal. BlockList also matches an IPv4 address in
 * its IPv4-mapped IPv6 forms (::ffff:169.254.169.254, ::ffff:a9fe:a9fe).
 */
const FORBIDDEN = new BlockList();
FORBIDDEN.addSubnet("169.254.0.0", 16, "ipv4"); // link-local, AWS/Azure/GCP/OpenStack metadata
FORBIDDEN.addAddress("100.100.100.200", "ipv4"); // Alibaba Cloud metadata
FORBIDDEN.addSubnet("fe80::", 10, "ipv6"); // link-local
FORBIDDEN.addAddress("fd00:ec2::254", "ipv6"); // AWS metadata over IPv6
FORBIDDEN.addAddress("fd20:ce::254", "ipv6"); // Google Cloud metadata over IPv6
// IPv4-compatible (::a.b.c.d, deprecated) and NAT64 (64:ff9b::a.b.c.d) forms of 169.254.0.0/16.
FORBIDDEN.addSubnet("::a9fe:0", 112, "ipv6");
FORBIDDEN.addSubnet("64:ff9b::a9fe:0", 112, "ipv6");
// IPv4-translated (::ffff:0:a.b.c.d) and 6to4 (2002:a9fe::/32) forms of 169.254.0.0/16.
FORBIDDEN.addSubnet("::ffff:0:a9fe:0", 112, "ipv6");
FORBIDDEN.addSubnet("2002:a9fe::", 32, "ipv6");

/** Names of metadata services that resolve only inside a cloud instance. */
const METADATA_NAMES = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
]);

/** A host as a URL names it, bare: no brackets around an IPv6 address, no trailing dots. */
export function bareHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.+$/, "");
}

/** Whether an IP address (v4 or v6, as a resolver or a URL gives it) may not receive alerts. */
export function isForbiddenAlertAddress(address: string): boolean {
  const bare = bareHost(address);
  const family = isIP(bare);
  if (family === 0) return false;
  return FORBIDDEN.check(bare, family === 4 ? "ipv4" : "ipv6");
}

/** Whether a URL's host, as written, is a forbidden address or a metadata service's name. */
export function isForbiddenAlertHost(hostname: string): boolean {
  const bare = bareHost(hostname);
  return isIP(bare) === 0 ? METADATA_NAMES.has(bare) : isForbiddenAlertAddress(bare);
}
