// Placeholder: the CLI worker replaces this.
