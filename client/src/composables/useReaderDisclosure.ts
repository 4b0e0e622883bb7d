import { ref, useId, useTemplateRef } from "vue";

/**
 * A button that shows and hides a panel (the disclosure pattern): Enter or Space toggles it,
 * Escape closes it and puts focus back on the button. Bind `buttonRef` with ref="<buttonRef>"
 * and listen for keydown.esc on an element that wraps both the button and the panel.
 */
export function useReaderDisclosure(buttonRef = "button") {
  const open = ref(false);
  const button = useTemplateRef<HTMLElement>(buttonRef);
  const panelId = `reader-panel-${useId()}`;
  const close = () => {
    open.value = false;
    button.value?.focus();
  };
  return {
    open,
    panelId,
    toggle: () => void (open.value = !open.value),
    close,
    /** Closes only the innermost open panel: a note's panel stays open when a popover inside it closes. */
    onEscape(event: KeyboardEvent) {
      if (!open.value) return;
      event.stopPropagation();
      close();
    },
  };
}
