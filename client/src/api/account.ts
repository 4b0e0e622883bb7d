import { request } from "./client.js";
import { graphql } from "./generated/gql.js";

/** A student's home: who they are, their classes with assignments, and their own attempts. */
const AccountHomeQuery = graphql(`
  query AccountHome {
    viewer { id role displayName signInCode }
    myClasses {
      id name
      assignments {
        id dueAt myDueAt feedback
        lesson { slug title }
        attempts { id status submittedAt score maxScore autoScore autoMaxScore pendingReviewPoints late returnedAt }
      }
    }
    myAttempts {
      id status startedAt submittedAt score maxScore autoScore autoMaxScore pendingReviewPoints
      lesson { slug title }
      assignment { id }
    }
  }
`);

export const fetchAccountHome = () => request(AccountHomeQuery);
