// The components of a lesson's question and exercise steps, loaded together (step-kinds.ts).
export { default as PlayerQuestionStep } from "./PlayerQuestionStep.vue";
export { default as PlayerExerciseStep } from "./PlayerExerciseStep.vue";
