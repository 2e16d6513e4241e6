import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import type { PricedComponent, PricedVolume } from "../../pricing/price-volume";
import { costMakeUp } from "./cost-make-up";

function component(name: PricedComponent["component"], monthlyCost: string | null): PricedComponent {
  return {
    component: name,
    monthlyCost: monthlyCost === null ? null : new Dec(monthlyCost),
  } as PricedComponent;
}

function volume(components: PricedComponent[], total: string | null): PricedVolume {
  return {
    status: total === null ? "unpriced" : "priced",
    label: "EBS io2",
    provider: "aws",
    region: "us-east-1",
    product: "aws-ebs-io2",
    monthlyCost: total === null ? null : new Dec(total),
    currency: "USD",
    reason: null,
    notes: [],
    components,
  };
}

describe("costMakeUp", () => {
  it("names provisioned IOPS when they make most of an io2 volume's cost", () => {
    const io2 = volume([component("capacity", "123.26"), component("iops", "2958.34")], "3081.60");
    expect(costMakeUp(io2)).toBe("provisioned IOPS are 96 % of it ($2,958.34 of $3,081.60)");
  });

  it("rounds the share half-up but never to 100 % while another part costs something", () => {
    const v = volume([component("capacity", "0.4"), component("iops", "99.6")], "100");
    expect(costMakeUp(v)).toBe("provisioned IOPS are 99 % of it ($99.60 of $100.00)");
  });

  it("names capacity when it is the larger part", () => {
    const v = volume([component("capacity", "80"), component("throughput", "20")], "100");
    expect(costMakeUp(v)).toBe("capacity is 80 % of it ($80.00 of $100.00)");
  });

  it("says nothing for a capacity-only price, an unpriced volume or free extras", () => {
    expect(costMakeUp(volume([component("capacity", "40")], "40"))).toBeNull();
    expect(costMakeUp(volume([component("capacity", null), component("iops", "5")], null))).toBeNull();
    expect(costMakeUp(volume([component("capacity", "40"), component("iops", "0")], "40"))).toBeNull();
  });
});
