import { z } from "zod";
import { ROLES } from "../service-context";

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email("email: not an email address"));
export const ZRoles = z.array(z.enum(ROLES)).min(1, "roles: at least one of admin, finance, member, viewer");
export const ZTeamSlugs = z.array(z.string().trim().min(1)).default([]);
