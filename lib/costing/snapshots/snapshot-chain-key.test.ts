import { describe, expect, it } from "vitest";
import { decodeChainKey, encodeChainKey, splitChainIds } from "./snapshot-chain-key";

describe("snapshot chain keys", () => {
  const azure =
    "volume:/subscriptions/0000/resourceGroups/MC_rg/providers/Microsoft.Compute/disks/pvc-455db44b";

  it("round-trips a chain id with slashes as one URL-safe segment", () => {
    const key = encodeChainKey(azure);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeChainKey(key)).toBe(azure);
    expect(decodeChainKey(encodeChainKey("content:4f9c"))).toBe("content:4f9c");
  });

  it("refuses keys it did not make", () => {
    expect(decodeChainKey("not a key")).toBeNull();
    expect(decodeChainKey(encodeChainKey("pv:vol-1"))).toBeNull();
    expect(decodeChainKey(`${encodeChainKey("volume:vol-1")}=`)).toBeNull();
    expect(decodeChainKey("")).toBeNull();
  });

  it("splits chain ids into volume handles and pre-provisioned contents", () => {
    expect(splitChainIds(["volume:vol-1", "content:c-1", azure])).toEqual({
      handles: ["vol-1", azure.slice("volume:".length)],
      contentUids: ["c-1"],
    });
  });
});
