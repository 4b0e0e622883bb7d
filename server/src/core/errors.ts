import { GraphQLError } from "graphql";

// Error factories: every error a client sees carries one of the contract's extensions.code.

export const badUserInput = (message: string, field?: string) =>
  new GraphQLError(message, {
    extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) },
  });

export const notFound = (message: string) =>
  new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });

export const forbidden = (message = "You are not allowed to do this.") =>
  new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });

export const unauthenticated = (message = "Sign in to do this.") =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });

export const conflict = (message: string) =>
  new GraphQLError(message, { extensions: { code: "CONFLICT" } });

export const tooManyRequests = (message: string, retryAfter: number) =>
  new GraphQLError(message, { extensions: { code: "TOO_MANY_REQUESTS", retryAfter } });

/** A change to an archived class's work: CONFLICT with reason CLASS_ARCHIVED, so a client can say so. */
export const classArchived = () =>
  new GraphQLError(
    "This class is archived: its work can be read but not changed. Delete the class to remove it.",
    { extensions: { code: "CONFLICT", reason: "CLASS_ARCHIVED" } },
  );

/** An answer while the teacher has paused the class: CONFLICT with reason CLASS_PAUSED; keep it and send it again after the resume. */
export const classPaused = () =>
  new GraphQLError(
    "Your teacher has paused the class: eyes up. Your answer is kept and saved when the class resumes.",
    { extensions: { code: "CONFLICT", reason: "CLASS_PAUSED" } },
  );
