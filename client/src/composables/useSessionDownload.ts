import { bearer } from "../api/client.js";

/**
 * Downloads (the results CSV) that carry the session: a plain link with the cookie, or, in an
 * LMS's frame where the cookie is blocked, a fetch with the bearer token saved from a blob.
 */
export function useSessionDownload() {
  return async (event: MouseEvent, url: string): Promise<void> => {
    const headers = bearer();
    if (!headers.authorization) return; // the link downloads with the cookie
    event.preventDefault();
    const response = await fetch(url, { headers, credentials: "same-origin" });
    if (!response.ok) return;
    const name = /filename="?([^";]+)"?/.exec(response.headers.get("content-disposition") ?? "");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = name?.[1] ?? url.split("/").pop() ?? "download.csv";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
}
