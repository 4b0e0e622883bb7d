import { graphql } from "./generated/gql.js";

export const ViewerQuery = graphql(`
  query Viewer {
    viewer { id role displayName signInCode }
  }
`);

export const StartGuestSession = graphql(`
  mutation StartGuestSession($displayName: String!) {
    startGuestSession(displayName: $displayName) { viewer { id role displayName signInCode } }
  }
`);

export const SignInWithCode = graphql(`
  mutation SignInWithCode($signInCode: String!) {
    signInWithCode(signInCode: $signInCode) { viewer { id role displayName signInCode } }
  }
`);

export const JoinClass = graphql(`
  mutation JoinClass($joinCode: String!, $displayName: String!) {
    joinClass(joinCode: $joinCode, displayName: $displayName) { viewer { id role displayName signInCode } }
  }
`);

export const LogIn = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) { viewer { id role displayName signInCode } }
  }
`);

export const SignUpTeacher = graphql(`
  mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {
    signUpTeacher(email: $email, password: $password, displayName: $displayName) { viewer { id role displayName signInCode } }
  }
`);

export const LogOut = graphql(`
  mutation LogOut {
    logOut
  }
`);
