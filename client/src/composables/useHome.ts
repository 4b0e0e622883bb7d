import { fetchHome } from "../api/home.js";
import { useAsync } from "./useAsync.js";

/** The document the home page introduces, with its lessons, loading at once. */
export function useHome(slug: string) {
  return useAsync(() => fetchHome(slug));
}
