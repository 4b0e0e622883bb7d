import type { ApolloServerPlugin } from "@apollo/server";
import { Kind } from "graphql";
import type { SessionCache } from "../modules/users/session-cache.js";

/** Mutations that never change a session or an account: an autosave keeps the cache warm. */
const LEAVE_SESSIONS = new Set([
  "startAttempt",
  "startScratchAttempt",
  "saveResponse",
  "submitAttempt",
  "checkResponse",
  "revealResponse",
  "assignLesson",
  "updateAssignment",
  "extendAssignment",
  "createClass",
  "resetJoinCode",
  "scoreResponse",
  "reopenAttempt",
  "reopenAttempts",
  "returnAttempt",
  "retryGradeSync",
]);

/**
 * Other servers hear a session's end through NOTIFY; this server forgets at once, before it
 * answers, after any mutation that may change a session or an account (signing in rotates the
 * token, a new sign-in code or a deletion ends sessions), so the very next request here sees it.
 */
export function forgetSessionsAfterAccountChanges(cache: SessionCache): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation !== "mutation") return;
          const fields = operation.selectionSet.selections.map((selection) =>
            selection.kind === Kind.FIELD ? selection.name.value : "",
          );
          if (fields.some((name) => !LEAVE_SESSIONS.has(name))) cache.forgetAll();
        },
      };
    },
  };
}
