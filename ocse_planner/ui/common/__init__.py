"""What several tabs share: app state, background tasks, dialogs, labels, table models,
the record view, field marks and the undo commands."""
