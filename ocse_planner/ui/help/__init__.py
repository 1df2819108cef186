"""Help menu pages: Getting started."""
