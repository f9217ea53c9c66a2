// The scope × operation matrix of the review, sign-off, report, export, library and search
// operations: an admin (whose role allows every one of them) holds one token per scope, and each
// operation is tried with each token on records that do not exist, so nothing changes. A token
// without the operation's scope is refused before anything is read (403, MISSING_SCOPE); with it,
// the request gets through to the use case, which answers what it would in the browser (404 for
// the missing record, 200 for a read). No scope implies another. Every answer is checked against
// the served OpenAPI document.
import { test, expect, type APIRequestContext } from "@playwright/test";
import type { ApiScope } from "../lib/generated/prisma/enums";
import { expectContract } from "./api-contract";
import { apiClient, apiTokenFor } from "./api-clients";
import { demoActor, type Actor } from "./review-desk";

const NO_SUCH_ID = "nosuchrecord0000000000000";
const SCOPES = ["READ", "ANNOTATE", "REVIEW", "EXPORT", "ADMIN"] as const satisfies readonly ApiScope[];

type Call = (api: APIRequestContext) => ReturnType<APIRequestContext["get"]>;
const annotationStep =
  (step: string, data: object): Call =>
  (api) =>
    api.post(`/api/v1/annotations/${NO_SUCH_ID}/${step}`, { data });

const OPERATIONS = {
  approveAnnotation: annotationStep("approve", { version: 1 }),
  requestAnnotationChanges: annotationStep("request-changes", { version: 1, reason: "Why." }),
  dismissAnnotation: annotationStep("dismiss", { version: 1, reason: "Why." }),
  reopenAnnotation: annotationStep("reopen", { version: 1 }),
  signOffArticle: (api) => api.post(`/api/v1/articles/${NO_SUCH_ID}/sign-off`, { data: {} }),
  reopenArticle: (api) => api.post(`/api/v1/articles/${NO_SUCH_ID}/reopen`, { data: { reason: "Why." } }),
  publishReport: (api) => api.post(`/api/v1/articles/${NO_SUCH_ID}/public-report`),
  revokePublicReport: (api) => api.delete(`/api/v1/articles/${NO_SUCH_ID}/public-report`),
  exportArticle: (api) => api.get(`/api/v1/articles/${NO_SUCH_ID}/export/pdf`),
  exportArticles: (api) => api.get(`/api/v1/exports?articleIds=${NO_SUCH_ID}&format=csv`),
  listFactChecks: (api) => api.get("/api/v1/fact-checks"),
  findSimilarFactChecks: (api) => api.get("/api/v1/fact-checks/similar?text=council%20tax"),
  search: (api) => api.get("/api/v1/search?q=council"),
} satisfies Record<string, Call>;
type OperationId = keyof typeof OPERATIONS;

// "scope": refused for the missing scope; a number: the status the use case answered.
type Cell = "scope" | 200 | 404;
const S = "scope";
// prettier-ignore
const EXPECTED: Record<(typeof SCOPES)[number], Record<OperationId, Cell>> = {
  //        approve  requestChanges  dismiss  reopen  signOff  reopenArticle  publish  revoke  export  exports  library  similar  search
  READ:     { approveAnnotation: S,   requestAnnotationChanges: S,   dismissAnnotation: S,   reopenAnnotation: S,   signOffArticle: S,   reopenArticle: S,   publishReport: S,   revokePublicReport: S,   exportArticle: S,   exportArticles: S,   listFactChecks: 200, findSimilarFactChecks: 200, search: 200 },
  ANNOTATE: { approveAnnotation: S,   requestAnnotationChanges: S,   dismissAnnotation: S,   reopenAnnotation: S,   signOffArticle: S,   reopenArticle: S,   publishReport: S,   revokePublicReport: S,   exportArticle: S,   exportArticles: S,   listFactChecks: S,   findSimilarFactChecks: S,   search: S },
  REVIEW:   { approveAnnotation: 404, requestAnnotationChanges: 404, dismissAnnotation: 404, reopenAnnotation: 404, signOffArticle: 404, reopenArticle: 404, publishReport: 404, revokePublicReport: 404, exportArticle: S,   exportArticles: S,   listFactChecks: S,   findSimilarFactChecks: S,   search: S },
  EXPORT:   { approveAnnotation: S,   requestAnnotationChanges: S,   dismissAnnotation: S,   reopenAnnotation: S,   signOffArticle: S,   reopenArticle: S,   publishReport: S,   revokePublicReport: S,   exportArticle: 404, exportArticles: 404, listFactChecks: S,   findSimilarFactChecks: S,   search: S },
  ADMIN:    { approveAnnotation: S,   requestAnnotationChanges: S,   dismissAnnotation: S,   reopenAnnotation: S,   signOffArticle: S,   reopenArticle: S,   publishReport: S,   revokePublicReport: S,   exportArticle: S,   exportArticles: S,   listFactChecks: S,   findSimilarFactChecks: S,   search: S },
};

let admin: Actor;
const clients = new Map<string, APIRequestContext>();

test.beforeAll(async ({ playwright, baseURL }) => {
  admin = await demoActor(playwright, baseURL!, "admin");
  for (const scope of SCOPES) clients.set(scope, await apiClient(playwright, baseURL!, await apiTokenFor(admin, [scope])));
});

test.afterAll(async () => {
  await Promise.all([...clients.values(), admin?.request].map((client) => client?.dispose()));
});

test("each review, export and library operation needs exactly its own scope", async () => {
  const actual: Record<string, Record<string, Cell | string>> = {};
  for (const scope of SCOPES) {
    const api = clients.get(scope)!;
    actual[scope] = {};
    for (const [operationId, call] of Object.entries(OPERATIONS)) {
      const response = await call(api);
      const body = (await expectContract(api, response, operationId)) as { reason?: string } | null;
      actual[scope][operationId] =
        response.status() === 403 && body?.reason === "MISSING_SCOPE"
          ? S
          : response.status() === 200 || response.status() === 404
            ? (response.status() as Cell)
            : `HTTP ${response.status()}`;
    }
  }
  expect(actual).toEqual(EXPECTED);
});
