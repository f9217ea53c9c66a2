import bcrypt from "bcryptjs";

const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// Compared against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "$2b$11$jDUflBJX3q.8b9fmidvBK.tS0CxJ3/YfSX8lQXo07gkfWV8VbG7.y";

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return hash !== null && ok;
}
