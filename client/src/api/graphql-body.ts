/** A GraphQL answer's body as the server sends it. */
export interface GraphQLBody<TResult = unknown> {
  data?: TResult;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; field?: string; retryAfter?: number; reason?: string };
  }>;
}
