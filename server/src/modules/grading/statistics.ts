export * from "../../grading/statistics.js";
