import { useEffect, type RefObject } from 'react';

/**
 * Moves the focus to `target` once `ready`, if it was left on the page's body: the control that
 * led here (a library row, "Run the meeting") went away with the view it belonged to, and a
 * keyboard or screen-reader user would otherwise start again from the top of the page. Focus the
 * user already put somewhere else is left alone.
 */
export function useFocusWhenReady(
  ready: boolean,
  target: RefObject<HTMLElement | null>,
  /** Checked again whenever this changes (a new step: the button pressed may now be disabled). */
  view?: unknown,
): void {
  useEffect(() => {
    if (!ready) return;
    const active = document.activeElement;
    if (active === null || active === document.body) target.current?.focus();
  }, [ready, target, view]);
}
