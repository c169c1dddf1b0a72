// Tokenizes a claims file with the extension's TextMate grammar, through the same engine
// VS Code uses (vscode-textmate with the Oniguruma regular expressions), and prints one
// line a token: "LINE:COL TEXT  SCOPE". tests/e2e/test_editor_tokens.py checks the output.
//   node test/tokenize.js FILE.claims
const fs = require("fs");
const path = require("path");
const textmate = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

async function main() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scope) => {
      if (scope !== "source.claims") return null;
      const file = path.join(__dirname, "..", "syntaxes", "claims.tmLanguage.json");
      return textmate.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  const grammar = await registry.loadGrammar("source.claims");
  let state = textmate.INITIAL;
  fs.readFileSync(process.argv[2], "utf8").split(/\r?\n/).forEach((line, number) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const text = line.substring(token.startIndex, token.endIndex);
      if (!text.trim()) continue;
      const scope = token.scopes[token.scopes.length - 1];
      console.log(`${number + 1}:${token.startIndex + 1} ${JSON.stringify(text)}  ${scope}`);
    }
    state = result.ruleStack;
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
