// The claimcheck extension: starts `claimcheck lsp` (the path and options from the
// settings claimcheck.path and claimcheck.arguments) as the language server of .claims
// files, and of the plain-text, Markdown and HTML articles they check.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function serverOptions() {
  const settings = vscode.workspace.getConfiguration("claimcheck");
  const command = settings.get("path", "claimcheck");
  const args = ["lsp", ...settings.get("arguments", [])];
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  // From the workspace folder, as `claimcheck check` is run from the project's root.
  return { command, args, options: folder ? { cwd: folder.uri.fsPath } : {} };
}

async function start() {
  client = new LanguageClient("claimcheck", "claimcheck", serverOptions(), {
    documentSelector: [
      { scheme: "file", language: "claims" },
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "html" },
    ],
  });
  await client.start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration("claimcheck")) return;
      if (client) await client.stop();
      await start();
    }),
  );
  await start();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
