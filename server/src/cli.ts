// Placeholder: the CLI (issue 2) replaces this.
console.error('clinical-lint: not built yet');
process.exit(2);
