export * from "../../grading/text-match.js";
