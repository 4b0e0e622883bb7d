import { onBeforeUnmount, onMounted } from "vue";
import { type GradingAction, gradingShortcut, isTypingTarget } from "../lib/teacher/grading.js";

/** Listens for the grading shortcuts on the whole page while it is shown; typing never triggers one. */
export function useGradingKeys(handle: (action: GradingAction) => void) {
  const listener = (event: KeyboardEvent) => {
    const action = gradingShortcut({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      typing: isTypingTarget(event.target),
    });
    if (!action) return;
    event.preventDefault();
    handle(action);
  };
  onMounted(() => document.addEventListener("keydown", listener));
  onBeforeUnmount(() => document.removeEventListener("keydown", listener));
}
