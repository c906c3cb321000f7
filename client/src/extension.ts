// Placeholder: the VS Code client replaces this.
export function activate(): void {}
export function deactivate(): void {}
