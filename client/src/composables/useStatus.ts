import { readonly, ref } from "vue";

// The app's one role="status" live region (App.vue) reads this.
const message = ref("");

/** Announces a short status ("Saving…", "Saved", "Offline — …") in the live region. */
export function useStatus() {
  return {
    message: readonly(message),
    announce(text: string) {
      message.value = text;
    },
    clear() {
      message.value = "";
    },
  };
}
