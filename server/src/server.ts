// Placeholder: the language server (issue 2) replaces this.
console.error('clinical-lint-language-server: not built yet');
process.exit(1);
