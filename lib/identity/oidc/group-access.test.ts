import { describe, expect, it } from "vitest";
import { accessFromGroups, groupsFromClaim, type TGroupMap, ZGroupMap } from "./group-access";

const MAP: TGroupMap = ZGroupMap.parse({
  "tierscope-finance": { roles: ["finance"] },
  "tierscope-admins": { roles: ["admin"] },
  "vision-devs": { roles: ["member"], teams: ["vision"] },
  "recsys-devs": { roles: ["member"], teams: ["recsys"] },
  "vision-readers": { roles: ["viewer"], teams: ["vision"] },
});

describe("accessFromGroups", () => {
  it("gives a finance group the finance role and no team (finance sees every team)", () => {
    expect(accessFromGroups(["tierscope-finance"], MAP)).toEqual({ roles: ["finance"], teamSlugs: [] });
  });

  it("gives a team group the member role over that team", () => {
    expect(accessFromGroups(["vision-devs"], MAP)).toEqual({ roles: ["member"], teamSlugs: ["vision"] });
  });

  it("unions several groups, roles in ROLES order and teams sorted, each once", () => {
    expect(
      accessFromGroups(["vision-readers", "recsys-devs", "vision-devs", "tierscope-admins"], MAP),
    ).toEqual({
      roles: ["admin", "member", "viewer"],
      teamSlugs: ["recsys", "vision"],
    });
  });

  it("grants nothing for groups the map does not name, nor for prototype names", () => {
    expect(accessFromGroups(["everyone", "constructor", "__proto__", "toString"], MAP)).toEqual({
      roles: [],
      teamSlugs: [],
    });
  });

  it("is case-sensitive: a group named differently is another group", () => {
    expect(accessFromGroups(["Tierscope-Finance"], MAP).roles).toEqual([]);
  });
});

describe("the group map's schema", () => {
  it("refuses an unknown role, naming the group", () => {
    const parsed = ZGroupMap.safeParse({ ops: { roles: ["superuser"] } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["ops", "roles", 0]);
  });

  it("refuses an unknown key in a grant", () => {
    expect(ZGroupMap.safeParse({ ops: { role: "admin" } }).success).toBe(false);
  });
});

describe("groupsFromClaim", () => {
  it("reads an array of names and drops what is not a string", () => {
    expect(groupsFromClaim(["a", 1, null, "b"])).toEqual(["a", "b"]);
  });

  it("reads a single name sent as a string", () => {
    expect(groupsFromClaim("a")).toEqual(["a"]);
  });

  it("reads a missing or odd claim as no groups", () => {
    expect(groupsFromClaim(undefined)).toEqual([]);
    expect(groupsFromClaim({ a: 1 })).toEqual([]);
  });
});
