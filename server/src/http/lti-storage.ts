import express, { type Response } from "express";

/**
 * Platform storage (1EdTech "OIDC Login with LTI Client Side postMessages"): where the login
 * names `lti_storage_target`, a small page puts the state in the platform's storage before
 * going on to the platform's auth URL, and the framed launch's page reads it back before it
 * goes on to the session: a launch posted into someone else's browser finds nothing there
 * and stops. The page's data says what to do; the script is served here (CSP: script 'self').
 */

const SCRIPT = `(() => {
  const d = document.getElementById("lti-storage").dataset;
  const target = d.target === "_parent" ? window.parent : window.parent.frames[d.target];
  const id = "m" + Math.random().toString(36).slice(2) + Date.now().toString(36);
  let done = false;
  const finish = (ok) => {
    if (done) return;
    done = true;
    if (ok) location.replace(d.next);
    else document.getElementById("lti-storage-failed").hidden = false;
  };
  window.addEventListener("message", (event) => {
    const m = event.data;
    if (event.origin !== d.origin || !m || m.message_id !== id) return;
    if (d.mode === "put") finish(m.subject === "lti.put_data.response");
    else finish(m.subject === "lti.get_data.response" && m.value === d.value);
  });
  const message = { subject: "lti." + d.mode + "_data", message_id: id, key: d.key };
  if (d.mode === "put") message.value = d.value;
  try {
    target.postMessage(message, d.origin);
  } catch {
    finish(false);
  }
  setTimeout(() => finish(false), 5000);
})();
`;

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export interface StorageStep {
  mode: "put" | "get";
  target: string;
  origin: string;
  key: string;
  value: string;
  /** Where the page goes once the platform has answered as it should. */
  next: string;
}

/** The page that puts the state in the platform's storage, or checks it is there. */
export function sendStoragePage(res: Response, step: StorageStep): void {
  const data = Object.entries(step)
    .map(([name, value]) => `data-${name}="${escape(value)}"`)
    .join(" ");
  res
    .status(200)
    .set("cache-control", "no-store")
    .type("html")
    .send(
      `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Opening the lesson</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
<p id="lti-storage" ${data}>Opening the lesson…</p>
<p id="lti-storage-failed" hidden>This launch could not be confirmed with your course. Open the link from your course again.</p>
<script src="/lti/storage.js"></script>
</body>
</html>
`,
    );
}

export function ltiStorageRoutes(): express.Router {
  const router = express.Router();
  router.get("/lti/storage.js", (_req, res) => {
    res.set("cache-control", "public, max-age=300").type("text/javascript").send(SCRIPT);
  });
  return router;
}
