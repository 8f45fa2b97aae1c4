import { z } from 'zod';
import { idSchema } from '../domain/fields';
import { pinCaptionSchema, pinSpecSchema, pinTargetSchema } from '../evidence/pin';
import type { MeetingShortcutAction } from './shortcuts';
import { StepIdSchema, type StepId } from './types';

/*
 * What the shared screen (the presenter view) shows in each step: which page of the step's
 * content, which item is highlighted, and (during the diagnosis) which evidence. The facilitator
 * changes it from their window; the presenter window reports how the content falls into pages at
 * its size (the layout), because only it knows. The back end stores one screen per step, so a
 * reload of either window, or a return to the step, shows the same thing.
 */

export const MAX_SCREEN_PAGES = 500;

/** An item of a step's content on the shared screen: "rule-1", a root cause's id, "data_drift"... */
export const ScreenItemKeySchema = z.string().min(1).max(120);

export const ScreenLayoutSchema = z.object({
  pageCount: z.number().int().min(1).max(MAX_SCREEN_PAGES),
  /** The page each item starts on, by item key, as the presenter laid it out. */
  itemPages: z.record(
    ScreenItemKeySchema,
    z
      .number()
      .int()
      .min(0)
      .max(MAX_SCREEN_PAGES - 1),
  ),
});
export type ScreenLayout = z.infer<typeof ScreenLayoutSchema>;

/**
 * Evidence put on the shared screen: a copy of what to compute (a pin's spec, never a picture),
 * so it stays on screen as chosen even if the pin is edited or removed meanwhile.
 */
export const ScreenEvidenceSchema = z.object({
  /** The pin it came from, if any (the facilitator's window marks that pin as on screen). */
  pinId: idSchema.nullable(),
  /** What the pin answers (a diagnosis question or a timeline event), said on screen. */
  target: pinTargetSchema.nullable(),
  spec: pinSpecSchema,
  caption: pinCaptionSchema,
});
export type ScreenEvidence = z.infer<typeof ScreenEvidenceSchema>;

export const ScreenStateSchema = z.object({
  stepId: StepIdSchema,
  /** From 0; the presenter shows "page + 1 / pageCount". */
  page: z.number().int().min(0),
  focus: ScreenItemKeySchema.nullable(),
  layout: ScreenLayoutSchema.nullable(),
  /** Shown instead of the step's content while set; pages and highlight then apply to it. */
  evidence: ScreenEvidenceSchema.nullable(),
  /** Increases on every change of any step's screen of the postmortem: the newest record wins. */
  revision: z.number().int().min(1),
});
export type ScreenState = z.infer<typeof ScreenStateSchema>;

const page = z
  .number()
  .int()
  .min(0)
  .max(MAX_SCREEN_PAGES - 1);

export const ScreenCommandSchema = z.discriminatedUnion('type', [
  /** Shows a page (absolute, so two windows pressing "next page" at once move one page). */
  z.object({ type: z.literal('page'), stepId: StepIdSchema, page }),
  /** Highlights an item and shows its page; null takes the highlight away. */
  z.object({ type: z.literal('focus'), stepId: StepIdSchema, key: ScreenItemKeySchema.nullable() }),
  /** From the presenter window: how the step's content falls into pages at its size. */
  z.object({ type: z.literal('layout'), stepId: StepIdSchema, layout: ScreenLayoutSchema }),
  /** Puts evidence on the shared screen in this step, or (null) takes it off. */
  z.object({
    type: z.literal('show'),
    stepId: StepIdSchema,
    evidence: ScreenEvidenceSchema.nullable(),
  }),
]);
export type ScreenCommand = z.infer<typeof ScreenCommandSchema>;

/** What the screen of a step shows; a step never shown starts at its first page. */
export type ScreenView = Omit<ScreenState, 'revision'>;

export function screenOf(screens: readonly ScreenState[], stepId: StepId): ScreenView {
  const found = screens.find((s) => s.stepId === stepId);
  return found
    ? {
        stepId,
        page: found.page,
        focus: found.focus,
        layout: found.layout,
        evidence: found.evidence,
      }
    : { stepId, page: 0, focus: null, layout: null, evidence: null };
}

/** The newest change among the screens: a record with a higher one is the more recent. */
export function screenRevisionOf(screens: readonly ScreenState[]): number {
  return screens.reduce((max, s) => Math.max(max, s.revision), 0);
}

const lastPage = (view: ScreenView): number =>
  view.layout ? view.layout.pageCount - 1 : MAX_SCREEN_PAGES - 1;

/**
 * The screen after a command, or null when nothing changes. Pure: the back end applies it inside
 * its transaction; tests call it directly.
 */
export function applyScreenCommand(view: ScreenView, command: ScreenCommand): ScreenView | null {
  let next: ScreenView;
  switch (command.type) {
    case 'page': {
      const to = Math.min(command.page, lastPage(view));
      // Paging away from the highlighted item drops the highlight; otherwise the next layout
      // would bring its page back.
      const focus =
        view.focus !== null && view.layout?.itemPages[view.focus] === to ? view.focus : null;
      next = { ...view, page: to, focus };
      break;
    }
    case 'focus': {
      const onPage = command.key === null ? undefined : view.layout?.itemPages[command.key];
      next = { ...view, focus: command.key, page: onPage ?? view.page };
      break;
    }
    case 'layout': {
      const { layout } = command;
      const focusPage = view.focus === null ? undefined : layout.itemPages[view.focus];
      // An item that left the step (deleted) leaves no highlight behind.
      const focus = focusPage === undefined ? null : view.focus;
      const to = focusPage ?? Math.min(view.page, layout.pageCount - 1);
      next = { ...view, layout, focus, page: to };
      break;
    }
    case 'show':
      // Other content: its first page, nothing highlighted, until the presenter lays it out.
      next = { ...view, evidence: command.evidence, page: 0, focus: null, layout: null };
      if (JSON.stringify(command.evidence) === JSON.stringify(view.evidence)) return null;
      break;
  }
  return JSON.stringify(next) === JSON.stringify(view) ? null : next;
}

export type ScreenShortcutAction = Extract<
  MeetingShortcutAction,
  'screenNextPage' | 'screenPreviousPage' | 'screenNextItem' | 'screenPreviousItem'
>;

export function isScreenAction(action: MeetingShortcutAction): action is ScreenShortcutAction {
  return action.startsWith('screen');
}

/**
 * The command a screen key sends, from what the facilitator's window shows: the screen of the
 * current step and the step's items in order. Null when there is nowhere to go.
 * J from no highlight starts at the first item of the page on screen; K from the first item
 * takes the highlight away.
 */
export function screenCommandFor(
  action: ScreenShortcutAction,
  view: ScreenView,
  itemKeys: readonly string[],
): ScreenCommand | null {
  const { stepId } = view;
  switch (action) {
    case 'screenNextPage':
      return view.page < lastPage(view) ? { type: 'page', stepId, page: view.page + 1 } : null;
    case 'screenPreviousPage':
      return view.page > 0 ? { type: 'page', stepId, page: view.page - 1 } : null;
    case 'screenNextItem': {
      if (itemKeys.length === 0) return null;
      const at = view.focus === null ? -1 : itemKeys.indexOf(view.focus);
      if (at < 0) {
        const onPage = itemKeys.find((k) => view.layout?.itemPages[k] === view.page);
        return { type: 'focus', stepId, key: onPage ?? itemKeys[0]! };
      }
      return at + 1 < itemKeys.length ? { type: 'focus', stepId, key: itemKeys[at + 1]! } : null;
    }
    case 'screenPreviousItem': {
      if (view.focus === null) return null;
      const at = itemKeys.indexOf(view.focus);
      return { type: 'focus', stepId, key: at > 0 ? itemKeys[at - 1]! : null };
    }
  }
}
