/** What a student typed as a class code, as the server stores it: capitals, no spaces or dashes. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, "");
}

/** The letters of join codes: no 0/O or 1/I/L (as the server makes them). */
const JOIN_CODE = /^[2-9A-HJKMNP-Z]{7}$/;

/**
 * Whether a typed class code is whole (seven of the right letters), so it is worth looking up:
 * every wrong look-up counts against the school's shared guess budget, so half-typed codes are never sent.
 */
export function isCompleteJoinCode(typed: string): boolean {
  return JOIN_CODE.test(normalizeJoinCode(typed));
}

/** What a student typed as a sign-in code, in its printed form "ABCDE-FGHJK" when it has the right length. */
export function normalizeSignInCode(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]+/g, "");
  return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
}

/** Why a typed class code cannot be sent yet, or null. The server judges everything else. */
export function joinCodeProblem(typed: string): string | null {
  return normalizeJoinCode(typed) === "" ? "Enter the class code your teacher gave you." : null;
}

export function signInCodeProblem(typed: string): string | null {
  return normalizeSignInCode(typed) === "" ? "Enter your sign-in code." : null;
}

export function displayNameProblem(typed: string): string | null {
  return typed.trim() === "" ? "Enter your name, so your teacher knows whose work it is." : null;
}

/** Where a student signs in again with their code, as printed on a slip. */
export function signInLink(origin: string): string {
  return `${origin.replace(/\/$/, "")}/signin`;
}

/** The link a teacher shares so students land on /join with the code filled in. */
export function joinLink(origin: string, joinCode: string): string {
  return `${origin.replace(/\/$/, "")}/join/${encodeURIComponent(joinCode)}`;
}
