import { z } from "zod";
import { API_SCOPE_NAMES, ROLES, type Role } from "@/lib/enums";
import { defineOperation } from "@/lib/api/v1/define-operation";

export const apiScopeNameSchema = z.enum(Object.values(API_SCOPE_NAMES)).meta({ id: "ApiScope" });

export const meSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      role: z.enum(ROLES.map((role) => role.toLowerCase() as Lowercase<Role>)),
    }),
    scopes: z.array(apiScopeNameSchema),
    via: z.enum(["token", "session"]),
    tokenPrefix: z.string().nullable(),
  })
  .meta({ id: "Me" });

export const getMe = defineOperation({
  operationId: "getMe",
  method: "get",
  path: "/me",
  scope: "read",
  tag: "Account",
  summary: "Who the request acts as",
  description: "The user the token acts as, and its scopes: the first thing a script checks with a new token.",
  responses: { 200: { description: "The caller.", schema: meSchema } },
  problems: [403],
});
