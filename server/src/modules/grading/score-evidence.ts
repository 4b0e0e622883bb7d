export * from "../../grading/evidence-overlap.js";
