/**
 * Things the user should know about their settings file (it was unreadable and set aside, some
 * values were ignored), collected while the host runs: the window shows them from app.info and the
 * command line prints them, so nothing is replaced silently.
 */
export interface SettingsNotices {
  add(text: string): void;
  list(): string[];
}

// A file that stays broken while the app runs must not grow the list without end.
const mostNotices = 20;

export function createSettingsNotices(): SettingsNotices {
  const notices: string[] = [];
  return {
    add(text) {
      if (notices.includes(text)) return;
      notices.push(text);
      if (notices.length > mostNotices) notices.shift();
    },
    list: () => [...notices],
  };
}
