/**
 * What a login or launch answers instead of signing in: a page with a status, a title and a
 * message. 400 and 401 refuse (nothing is created); 200 explains (a course not set up yet).
 */
export class LtiPageError extends Error {
  constructor(
    readonly status: 200 | 400 | 401,
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = "LtiPageError";
  }
}

/** A launch that would add to an archived class (classes.refuseArchived): read-only until deleted. */
export const archivedClassLaunch = () =>
  new LtiPageError(
    200,
    "This class is archived",
    "Its teacher archived this course's class here: its work can be read, but nothing can be added to it. Deleting the class here lets the next launch open a new one.",
  );
export const badLaunch = (message: string) =>
  new LtiPageError(400, "This launch cannot open", message);
export const untrustedLaunch = (message: string) =>
  new LtiPageError(401, "This launch is not trusted", message);
