// A chain's id ("volume:<handle>" or "content:<uid>") as one URL path segment. Azure and GCE volume
// handles hold slashes, which an encoded %2F does not reliably survive through proxies and routers,
// so the id travels base64url-encoded: reversible, so a lookup stays an index lookup by handle.

const CHAIN_ID = /^(volume:.+|content:[^\s]+)$/s;

/** The URL key of a chain id. */
export function encodeChainKey(chainId: string): string {
  return Buffer.from(chainId, "utf8").toString("base64url");
}

/** The chain id a URL key stands for; null when the key is not one this app made. */
export function decodeChainKey(key: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(key)) return null;
  const chainId = Buffer.from(key, "base64url").toString("utf8");
  return CHAIN_ID.test(chainId) && encodeChainKey(chainId) === key ? chainId : null;
}

/** The volume handles and pre-provisioned content uids a set of chain ids names. */
export function splitChainIds(chainIds: string[]): { handles: string[]; contentUids: string[] } {
  const handles: string[] = [];
  const contentUids: string[] = [];
  for (const id of chainIds) {
    if (id.startsWith("volume:")) handles.push(id.slice("volume:".length));
    else if (id.startsWith("content:")) contentUids.push(id.slice("content:".length));
  }
  return { handles, contentUids };
}
