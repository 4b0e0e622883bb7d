import { request } from "./client.js";
import { cameWithoutSession } from "./first-page.js";
import { frameToken, keepFrameToken } from "./frame-token.js";
import { graphql } from "./generated/gql.js";
import type { ViewerQuery as ViewerResult } from "./generated/graphql.js";

const ViewerQuery = graphql(`
  query Viewer {
    viewer { id role displayName signInCode }
  }
`);

const StartGuestSession = graphql(`
  mutation StartGuestSession($displayName: String!) {
    startGuestSession(displayName: $displayName) { viewer { id role displayName signInCode } }
  }
`);

const SignInWithCode = graphql(`
  mutation SignInWithCode($signInCode: String!) {
    signInWithCode(signInCode: $signInCode) { viewer { id role displayName signInCode } }
  }
`);

const JoinClass = graphql(`
  mutation JoinClass($joinCode: String!, $displayName: String!, $inFrame: Boolean!) {
    joinClass(joinCode: $joinCode, displayName: $displayName) {
      token @include(if: $inFrame)
      viewer { id role displayName signInCode }
      classroom { id name teacher { id displayName } }
    }
  }
`);

/** The class a join code opens (name and teacher), before joining; null for a wrong code. */
const ClassByJoinCode = graphql(`
  query ClassByJoinCode($joinCode: String!) {
    classByJoinCode(joinCode: $joinCode) { name teacherName }
  }
`);

const LogIn = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) { viewer { id role displayName signInCode } }
  }
`);

const SignUpTeacher = graphql(`
  mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {
    signUpTeacher(email: $email, password: $password, displayName: $displayName) { viewer { id role displayName signInCode } }
  }
`);

const LogOut = graphql(`
  mutation LogOut {
    logOut
  }
`);

export type Viewer = NonNullable<ViewerResult["viewer"]>;

/** The signed-in user; no request when the page's HTML says there is no session to ask about. */
export const fetchViewer = async (): Promise<Viewer | null> =>
  cameWithoutSession() && frameToken() === null
    ? null
    : ((await request(ViewerQuery)).viewer ?? null);
export const startGuestSession = async (displayName: string) =>
  (await request(StartGuestSession, { displayName })).startGuestSession.viewer;
export const signInWithCode = async (signInCode: string) =>
  (await request(SignInWithCode, { signInCode })).signInWithCode.viewer;
/** Joining rotates the session: inside an LMS's frame the new token replaces the frame's. */
export const joinClass = async (joinCode: string, displayName: string) => {
  const inFrame = frameToken() !== null;
  const payload = (await request(JoinClass, { joinCode, displayName, inFrame })).joinClass;
  if (inFrame && payload.token) keepFrameToken(payload.token);
  return payload;
};
export const fetchClassByJoinCode = async (joinCode: string) =>
  (await request(ClassByJoinCode, { joinCode })).classByJoinCode;
export const logIn = async (email: string, password: string) =>
  (await request(LogIn, { email, password })).logIn.viewer;
export const signUpTeacher = async (email: string, password: string, displayName: string) =>
  (await request(SignUpTeacher, { email, password, displayName })).signUpTeacher.viewer;
export const logOut = async () => void (await request(LogOut));
