/**
 * Takes the English texts and translators' notes out of `defineMessages` calls in the build: the
 * page formats every message from the compiled catalogs (src/words/compiled/, checked complete
 * by src/words/catalogs.test.ts), so the `defaultMessage` in the code would only ship each English
 * text a second time. What babel-plugin-formatjs's removeDefaultMessage does, for a Vite build
 * that has no Babel. The cut is blanked with spaces (line breaks kept), so no code moves and
 * the source maps stay true.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const DROPPED = new Set(['defaultMessage', 'description']);

/** The code with the dropped properties (and their commas) blanked; null if nothing to drop. */
export function withoutDefaultMessages(code: string, fileName: string): string | null {
  if (!code.includes('defineMessages(')) return null;
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'defineMessages'
    ) {
      const [messages] = node.arguments;
      if (messages && ts.isObjectLiteralExpression(messages))
        for (const message of messages.properties) {
          if (!ts.isPropertyAssignment(message)) continue;
          if (!ts.isObjectLiteralExpression(message.initializer)) continue;
          for (const field of message.initializer.properties) {
            if (!ts.isPropertyAssignment(field) || !ts.isIdentifier(field.name)) continue;
            if (!DROPPED.has(field.name.text)) continue;
            let end = field.getEnd();
            const comma = /^\s*,/.exec(code.slice(end));
            if (comma) end += comma[0].length;
            cuts.push([field.getStart(file), end]);
          }
        }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (cuts.length === 0) return null;
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += code.slice(at, start) + code.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + code.slice(at);
}

export function dropDefaultMessages(): Plugin {
  return {
    name: 'nac-drop-default-messages',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/][^?]*\.tsx?$/.test(id)) return null;
      const out = withoutDefaultMessages(code, id);
      // The same positions: the maps of the next steps hold for the original source.
      return out === null ? null : { code: out, map: null };
    },
  };
}
