/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Home($slug: String!) {\n    document(slug: $slug) {\n      slug title date summary archivalReference translator paragraphCount\n      lessons { slug title summary estimatedMinutes skills }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Viewer {\n    viewer { id role displayName signInCode }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation StartGuestSession($displayName: String!) {\n    startGuestSession(displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": typeof types.StartGuestSessionDocument,
    "\n  mutation SignInWithCode($signInCode: String!) {\n    signInWithCode(signInCode: $signInCode) { viewer { id role displayName signInCode } }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation JoinClass($joinCode: String!, $displayName: String!) {\n    joinClass(joinCode: $joinCode, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": typeof types.JoinClassDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { viewer { id role displayName signInCode } }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {\n    signUpTeacher(email: $email, password: $password, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": typeof types.SignUpTeacherDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
};
const documents: Documents = {
    "\n  query Home($slug: String!) {\n    document(slug: $slug) {\n      slug title date summary archivalReference translator paragraphCount\n      lessons { slug title summary estimatedMinutes skills }\n    }\n  }\n": types.HomeDocument,
    "\n  query Viewer {\n    viewer { id role displayName signInCode }\n  }\n": types.ViewerDocument,
    "\n  mutation StartGuestSession($displayName: String!) {\n    startGuestSession(displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": types.StartGuestSessionDocument,
    "\n  mutation SignInWithCode($signInCode: String!) {\n    signInWithCode(signInCode: $signInCode) { viewer { id role displayName signInCode } }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation JoinClass($joinCode: String!, $displayName: String!) {\n    joinClass(joinCode: $joinCode, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": types.JoinClassDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { viewer { id role displayName signInCode } }\n  }\n": types.LogInDocument,
    "\n  mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {\n    signUpTeacher(email: $email, password: $password, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n": types.SignUpTeacherDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($slug: String!) {\n    document(slug: $slug) {\n      slug title date summary archivalReference translator paragraphCount\n      lessons { slug title summary estimatedMinutes skills }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id role displayName signInCode }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartGuestSession($displayName: String!) {\n    startGuestSession(displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').StartGuestSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($signInCode: String!) {\n    signInWithCode(signInCode: $signInCode) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').SignInWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinClass($joinCode: String!, $displayName: String!) {\n    joinClass(joinCode: $joinCode, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').JoinClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {\n    signUpTeacher(email: $email, password: $password, displayName: $displayName) { viewer { id role displayName signInCode } }\n  }\n"): typeof import('./graphql').SignUpTeacherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
