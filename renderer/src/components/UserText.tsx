/*
 * Text someone typed, shown inside other text. Each field is isolated in both directions: its
 * direction is found from its own first strong letter (dir="auto"), and what it holds (an
 * unclosed right-to-left override, say) ends with it, so it never reorders the text after it.
 */

/** One field's text among other words on a line. */
export function UserText({ children }: { children: string }) {
  return <bdi dir="auto">{children}</bdi>;
}

/**
 * The same for a plain string (a toast, a window title, an option of a select): Unicode's
 * first-strong isolate (U+2068) and pop directional isolate (U+2069) around the field.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
