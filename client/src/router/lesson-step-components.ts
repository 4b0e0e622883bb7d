// The components of a lesson's question and exercise steps, loaded together (lesson-steps.ts).
export { default as PlayerQuestionStep } from "../components/player/PlayerQuestionStep.vue";
export { default as PlayerExerciseStep } from "../components/player/PlayerExerciseStep.vue";
