// Words of the window. Keys are grouped by the part of the screen that shows them.
export const ui = {
  app: { title: 'Promptwire' },
} as const;
