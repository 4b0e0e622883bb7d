export * from "../../grading/feedback.js";
