import { z } from "zod";
import { ROLES } from "@/lib/enums";
export const MIN_PASSWORD_LENGTH = 10;

const email = z.string().trim().toLowerCase().email("Enter a valid email address.").max(254);

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(200),
});

const newPassword = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200);

export const createUserSchema = z.object({
  email,
  name: z.string().trim().min(1, "Enter a name.").max(100),
  password: newPassword,
  role: z.enum(ROLES, { message: "Role must be admin, editor or reviewer." }),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changePasswordSchema = z.object({ email, password: newPassword });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const setUserActiveSchema = z.object({ email, isActive: z.boolean() });
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;
