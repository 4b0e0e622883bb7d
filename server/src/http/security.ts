import type { ServerResponse } from "node:http";
import helmet from "helmet";

const APP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Vue sets style attributes (transitions, bound styles).
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Security headers for the app and the API: a CSP the built client works under, nothing from elsewhere. */
export const appSecurityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { ...APP_DIRECTIVES, frameAncestors: ["'none'"] },
  },
  crossOriginEmbedderPolicy: false,
  // Lets a school's HTTPS deployment keep it; harmless on plain-HTTP localhost.
  strictTransportSecurity: false,
});

/**
 * The same headers for a page an LTI launch leads to: registered platforms may frame it
 * (`frame-ancestors`, from `res.locals.frameAncestors`) and X-Frame-Options is left out, since
 * it cannot name another origin. See lti-frame.ts.
 */
export const framableSecurityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      ...APP_DIRECTIVES,
      frameAncestors: [
        "'self'",
        (_req, res) =>
          (res as ServerResponse & { locals?: { frameAncestors?: string } }).locals
            ?.frameAncestors ?? "",
      ],
    },
  },
  crossOriginEmbedderPolicy: false,
  strictTransportSecurity: false,
  xFrameOptions: false,
});

/** GraphiQL is one self-contained page (editor workers from blob: URLs, inline code): its own, wider CSP. */
export const graphiqlSecurityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'", "'unsafe-eval'", "blob:"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      workerSrc: ["'self'", "blob:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
  strictTransportSecurity: false,
});
