import { describe, it } from "vitest";
import { type Case, expectCase } from "./table-test-helpers";

// StorageClasses in the formats the drivers document, priced against the bundled catalog for one
// volume of a given size. Every expected price is worked by hand in the comment beside it.

const CASES: Case[] = [
  {
    name: "kubernetes.io/no-provisioner",
    provider: "aws",
    provisioner: "kubernetes.io/no-provisioner",
    parameters: {},
    sizeGib: 3500,
    components: {},
    status: "included",
    monthly: "0",
  },
  {
    name: "rancher.io/local-path",
    provider: "onprem",
    provisioner: "rancher.io/local-path",
    parameters: { nodePath: "/opt" },
    sizeGib: 10,
    components: {},
    status: "included",
    monthly: "0",
  },
  {
    name: "openebs.io/local",
    provider: "onprem",
    provisioner: "openebs.io/local",
    parameters: {},
    sizeGib: 10,
    components: {},
    status: "included",
    monthly: "0",
  },
  {
    name: "an unknown provisioner is unpriced",
    provider: "onprem",
    provisioner: "pxd.portworx.com",
    parameters: { repl: "3" },
    sizeGib: 500,
    components: {},
    status: "unpriced",
    monthly: null,
  },
];

describe("pricing local provisioners and unknown ones the way the provider bills them", () => {
  it.each(CASES)("$name", expectCase);
});
