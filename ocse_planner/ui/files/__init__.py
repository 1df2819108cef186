"""The File menu's work on whole files: exports, backups, restore, file-safety warnings."""
