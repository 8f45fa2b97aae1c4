import { useEffect, useState } from 'react';

type ThemeChoice = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'postmortem-studio.theme';
const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = {
  system: 'Theme: follow system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

function readChoice(): ThemeChoice {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function applyStoredTheme(): void {
  const choice = readChoice();
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

/** Cycles system → light → dark; the system setting is the default and is followed live by CSS. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(readChoice);
  useEffect(() => {
    if (choice === 'system') {
      window.localStorage.removeItem(STORAGE_KEY);
      delete document.documentElement.dataset.theme;
    } else {
      window.localStorage.setItem(STORAGE_KEY, choice);
      document.documentElement.dataset.theme = choice;
    }
  }, [choice]);
  return (
    <button
      type="button"
      className="button quiet small"
      onClick={() => setChoice(NEXT[choice])}
      title={`${LABEL[choice]} (click to change)`}
      aria-label={LABEL[choice]}
    >
      <span aria-hidden="true" className="icon">
        {choice === 'dark' ? '☾' : choice === 'light' ? '☀' : '◐'}
      </span>
      <span className="theme-label">{LABEL[choice]}</span>
    </button>
  );
}
