/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The four habits of historical thinking that questions and exercises practise. */
export type HistoricalSkill =
  | 'CLOSE_READING'
  | 'CONTEXTUALIZATION'
  | 'CORROBORATION'
  | 'SOURCING';

export type Role =
  | 'STUDENT'
  | 'TEACHER';

export type HomeQueryVariables = Exact<{
  slug: string;
}>;


export type HomeQuery = { document: { slug: string, title: string, date: string, summary: string | null, archivalReference: string | null, translator: string | null, paragraphCount: number, lessons: Array<{ slug: string, title: string, summary: string, estimatedMinutes: number, skills: Array<HistoricalSkill> }> } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } | null };

export type StartGuestSessionMutationVariables = Exact<{
  displayName: string;
}>;


export type StartGuestSessionMutation = { startGuestSession: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type SignInWithCodeMutationVariables = Exact<{
  signInCode: string;
}>;


export type SignInWithCodeMutation = { signInWithCode: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type JoinClassMutationVariables = Exact<{
  joinCode: string;
  displayName: string;
}>;


export type JoinClassMutation = { joinClass: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LogInMutation = { logIn: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type SignUpTeacherMutationVariables = Exact<{
  email: string;
  password: string;
  displayName: string;
}>;


export type SignUpTeacherMutation = { signUpTeacher: { viewer: { id: string, role: Role, displayName: string, signInCode: string | null } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const HomeDocument = new TypedDocumentString(`
    query Home($slug: String!) {
  document(slug: $slug) {
    slug
    title
    date
    summary
    archivalReference
    translator
    paragraphCount
    lessons {
      slug
      title
      summary
      estimatedMinutes
      skills
    }
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    role
    displayName
    signInCode
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const StartGuestSessionDocument = new TypedDocumentString(`
    mutation StartGuestSession($displayName: String!) {
  startGuestSession(displayName: $displayName) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<StartGuestSessionMutation, StartGuestSessionMutationVariables>;
export const SignInWithCodeDocument = new TypedDocumentString(`
    mutation SignInWithCode($signInCode: String!) {
  signInWithCode(signInCode: $signInCode) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignInWithCodeMutation, SignInWithCodeMutationVariables>;
export const JoinClassDocument = new TypedDocumentString(`
    mutation JoinClass($joinCode: String!, $displayName: String!) {
  joinClass(joinCode: $joinCode, displayName: $displayName) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<JoinClassMutation, JoinClassMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const SignUpTeacherDocument = new TypedDocumentString(`
    mutation SignUpTeacher($email: String!, $password: String!, $displayName: String!) {
  signUpTeacher(email: $email, password: $password, displayName: $displayName) {
    viewer {
      id
      role
      displayName
      signInCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpTeacherMutation, SignUpTeacherMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;