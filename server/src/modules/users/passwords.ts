import argon2 from "argon2";

/** NIST SP 800-63B: length only, no composition rules. */
export const PASSWORD_LENGTH = { min: 10, max: 256 };

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 30 ms here per hash.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Why a password cannot be used, or null. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min) return `Use at least ${PASSWORD_LENGTH.min} characters.`;
  if (length > PASSWORD_LENGTH.max) return `Use at most ${PASSWORD_LENGTH.max} characters.`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Spends the time a real check would, so an unknown email answers as slowly as a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function verifyNothing(password: string): Promise<false> {
  await verifyPassword(
    await (dummyHash ??= hashPassword("no account has this password")),
    password,
  );
  return false;
}
