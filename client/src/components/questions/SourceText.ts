import { defineComponent, h, type PropType } from "vue";
import { type Span, textPieces } from "./evidence.js";

/**
 * A paragraph's text, exactly: the element's textContent is the paragraph text, so DOM selection
 * offsets map one to one onto the API's offsets. Translators' brackets are shown muted and chosen
 * passages marked; both only wrap text, never add any. Rendered without a template so that no
 * stray whitespace can slip in between the pieces.
 */
export default defineComponent({
  name: "SourceText",
  props: {
    text: { type: String, required: true },
    notes: { type: Array as PropType<readonly Span[]>, default: () => [] },
    marks: { type: Array as PropType<readonly Span[]>, default: () => [] },
    tag: { type: String, default: "span" },
  },
  setup(props) {
    return () =>
      h(
        props.tag,
        { class: "source-text" },
        textPieces(props.text, props.notes, props.marks).map((piece) => {
          const inner = piece.note ? h("span", { class: "ed-note" }, piece.text) : piece.text;
          return piece.marked ? h("mark", null, [inner]) : inner;
        }),
      );
  },
});
