export { MAX_EXERCISE_EVIDENCE, parseAnswer, TEXT_LIMITS, type AnswerData as AnswerInputData, type ItemShape } from "../../grading/index.js";
