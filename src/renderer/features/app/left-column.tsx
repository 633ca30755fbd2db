import { CollectionsSection } from '../collections/collections-section.tsx';
import { HistorySidebar } from '../history/history-sidebar.tsx';
import { useHistoryView } from '../history/history-view-store.ts';

/** Postman's left column: saved requests (Collections) above every call made (History). */
export function LeftColumn() {
  const open = useHistoryView((state) => state.open);
  // Folded, the column is the history's thin strip: unfolding it brings back both.
  if (!open) return <HistorySidebar />;
  return (
    <div className="left-column">
      <CollectionsSection />
      <HistorySidebar />
    </div>
  );
}
