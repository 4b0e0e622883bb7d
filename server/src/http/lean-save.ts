import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import {
  execute,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import type { Context } from "../app/context.js";
import { formatError } from "./errors.js";
import { leanSaveOperations, type LeanRequest } from "./lean-save-operation.js";

/** The Accept headers the lean path answers; Apollo answers these with plain JSON too. */
const PLAIN_ACCEPT = new Set(["", "*/*", "application/json"]);
const JSON_TYPE = /^application\/json\s*(;|$)/i;

let answered = 0;
/** How many requests the lean path answered in this process (tests check it took them). */
export const leanSaveAnswered = () => answered;

export interface LeanSaveOptions {
  schema: GraphQLSchema;
  /** Apollo's validation rules besides graphql's own (armor's). */
  validationRules: readonly ValidationRule[];
  maxTokens: number;
  /** Apollo's plugins whose `didEncounterErrors` hooks must see the lean path's errors too. */
  errorPlugins: readonly ApolloServerPlugin<Context>[];
  /** The context Apollo's resolvers get for this request (the same function). */
  context: (req: Request, res: Response) => Promise<Context>;
}

/**
 * The autosave without Apollo's request pipeline: an Express handler for `POST /graphql`, mounted
 * after the security headers and CORS and before the LTI routes and Apollo. It answers only a
 * request it recognises (lean-save-operation.ts) whose variables coerce without error, sent as
 * JSON with a plain Accept: the operation runs through graphql's `execute` on the same schema and
 * resolvers with the same context Apollo would build, its errors pass the same plugins' hooks and
 * `formatError`, and the body is Apollo's (`{errors, data}` as JSON plus a newline). Everything
 * else — and a request whose context cannot be built — goes on to Apollo untouched.
 */
export function leanSave(options: LeanSaveOptions) {
  const operations = leanSaveOperations(options.schema, options.validationRules, options.maxTokens);
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!JSON_TYPE.test(req.headers["content-type"] ?? "")) return next();
    if (!PLAIN_ACCEPT.has(req.headers.accept ?? "")) return next();
    const request = operations.recognise(req.body);
    if (!request) return next();
    let context: Context;
    try {
      context = await options.context(req, res);
    } catch {
      return next();
    }
    try {
      const answer = await run(options, request, context);
      // Variables that do not coerce: nothing ran, and Apollo answers with its own 400.
      if (!answer) return next();
      const { status, body } = answer;
      res.statusCode = status;
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.setHeader("content-length", Buffer.byteLength(body));
      answered++;
      res.end(body);
    } catch (error) {
      next(error);
    }
  };
}

async function run(
  options: LeanSaveOptions,
  request: LeanRequest,
  context: Context,
): Promise<{ status: number; body: string } | null> {
  const result = await execute({
    schema: options.schema,
    document: request.document,
    contextValue: context,
    variableValues: request.variables,
    operationName: request.operationName,
  });
  // Only variables that fail to coerce leave no data: execute then runs no resolver at all.
  if (result.data === undefined) return null;
  let status = 200;
  let errors: GraphQLFormattedError[] | undefined;
  if (result.errors?.length) {
    const raised = [...result.errors];
    for (const plugin of options.errorPlugins) {
      const listener = await plugin.requestDidStart?.({} as never);
      await listener?.didEncounterErrors?.({ errors: raised } as never);
    }
    errors = raised.map((error) => {
      const { formatted, httpStatus } = enrich(error);
      if (httpStatus) status = httpStatus;
      return formatError(formatted, error);
    });
  }
  // Apollo's order and its stringifier (prettyJSONStringify).
  const body = JSON.stringify({ errors, data: result.data, extensions: result.extensions }) + "\n";
  return { status, body };
}

/** Apollo's error enrichment: a code (INTERNAL_SERVER_ERROR when none), `http` taken out. */
function enrich(error: GraphQLError): { formatted: GraphQLFormattedError; httpStatus?: number } {
  const { http, ...extensions } = error.extensions as {
    http?: { status?: number };
    code?: unknown;
  };
  const formatted = {
    ...error.toJSON(),
    extensions: { ...extensions, code: extensions.code ?? "INTERNAL_SERVER_ERROR" },
  };
  return { formatted, httpStatus: http?.status };
}
