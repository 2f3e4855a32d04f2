import { z } from "@hono/zod-openapi";
import { describeError } from "@news/app";
import { HTTPException } from "hono/http-exception";

/** The media type of every error this API returns (RFC 9457). */
export const PROBLEM_TYPE = "application/problem+json";

/** One invalid parameter of a refused request: which one, and why. */
export const InvalidParam = z.object({ name: z.string(), reason: z.string() });

/**
 * RFC 9457 problem details, with the stable `code` a program switches on (`type` is a URN made
 * from it, so a client that only knows RFC 9457 still has a stable key).
 */
export const Problem = z
  .object({
    type: z.string().openapi({ example: "urn:news:problem:invalid-query" }),
    title: z.string(),
    status: z.number().int(),
    code: z.string().openapi({ description: "stable machine-readable code", example: "invalid-query" }),
    detail: z.string(),
    instance: z.string().optional().openapi({ description: "the request id, as in the access log" }),
    invalidParams: z.array(InvalidParam).optional(),
  })
  .openapi("Problem");
export type Problem = z.infer<typeof Problem>;

// titles by status: what kind of failure, for people reading the raw response
const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  406: "Not acceptable",
  409: "Conflict",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service unavailable",
  504: "Gateway timeout",
};

/**
 * An error the API answers with: a status, a stable code and a sentence. Routes throw it; the one
 * `onError` turns it (and every other error) into problem+json.
 */
export class ApiProblem extends Error {
  override readonly name = "ApiProblem";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: {
      invalidParams?: { name: string; reason: string }[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
  }
}

/** Builds the problem+json body for a status, code and detail. */
export function problemBody(
  status: number,
  code: string,
  detail: string,
  requestId?: string,
  invalidParams?: { name: string; reason: string }[],
): Problem {
  return {
    type: `urn:news:problem:${code}`,
    title: TITLES[status] ?? (status >= 500 ? "Server error" : "Request failed"),
    status,
    code,
    detail,
    ...(requestId ? { instance: `urn:news:request:${requestId}` } : {}),
    ...(invalidParams && invalidParams.length > 0 ? { invalidParams } : {}),
  };
}

/**
 * The 400 for a request that fails one of its declared schemas: each parameter with its reason.
 * `target` is where the values came from (`query`, `param`, `json`).
 */
export function invalidRequest(
  target: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  requestId?: string,
): Problem {
  const invalidParams = issues.map((issue) => ({
    name: issue.path.map(String).join(".") || target,
    reason: issue.message.replace(/^[\w.]+: /, ""),
  }));
  return problemBody(
    400,
    target === "json" ? "invalid-body" : "invalid-parameter",
    invalidParams.map((p) => `${p.name}: ${p.reason}`).join("; "),
    requestId,
    invalidParams,
  );
}

/** A problem+json Response. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": PROBLEM_TYPE, ...headers },
  });
}

/**
 * Classifies any thrown value once: ApiProblem as given, errors of @news/core, @news/archive and
 * @news/app through the shared `describeError` (the caller's fault is a 4xx with the error's own
 * sentence; ours is a 5xx without internals, `internal: true` so the caller logs it).
 */
export function toProblem(
  error: unknown,
  requestId?: string,
): { problem: Problem; internal: boolean; headers: Record<string, string> } {
  if (error instanceof ApiProblem) {
    return {
      problem: problemBody(error.status, error.code, error.message, requestId, error.extra.invalidParams),
      internal: false,
      headers: error.extra.headers ?? {},
    };
  }
  if (error instanceof HTTPException && error.status < 500) {
    // hono's own refusals (a body its validator could not read): the caller's fault, said plainly
    return {
      problem: problemBody(
        error.status,
        error.status === 400 ? "bad-request" : `http-${error.status}`,
        error.message,
        requestId,
      ),
      internal: false,
      headers: {},
    };
  }
  const described = describeError(error);
  if (described.kind === "internal") {
    return {
      problem: problemBody(
        500,
        "internal",
        "the server failed to answer this request; it has been logged under this request id",
        requestId,
      ),
      internal: true,
      headers: {},
    };
  }
  return {
    problem: problemBody(described.httpStatus, described.code, described.message, requestId),
    internal: described.kind === "environment",
    headers: {},
  };
}
