export * from "../../grading/index.js";
