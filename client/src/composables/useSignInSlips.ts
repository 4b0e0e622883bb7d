import * as teacher from "../api/teacher.js";
import { useAsync } from "./useAsync.js";

/** A class's students with their sign-in codes, for the teacher's printable slips. */
export function useSignInSlips(classId: string) {
  return useAsync(() => teacher.fetchSignInSlips(classId));
}
