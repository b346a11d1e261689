import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { withoutDefaultMessages } from '../scripts/vitePluginMessages';

describe('the build drops defaultMessage and description from defineMessages', () => {
  it('blanks them (and their commas) in place, keeping ids and every position', () => {
    const code = `const M = defineMessages({
  a: { id: 'x.a', defaultMessage: 'Passes: {who}.' },
  b: {
    id: 'x.b',
    defaultMessage:
      'two, lines',
    description: 'a note, with a comma',
  },
});
const other = { defaultMessage: 'kept' };`;
    const out = withoutDefaultMessages(code, 'a.ts');
    expect(out).not.toBeNull();
    expect(out).toHaveLength(code.length);
    expect(out?.split('\n').length).toBe(code.split('\n').length);
    expect(out).not.toMatch(/Passes|two, lines|a note/);
    expect(out).toContain("id: 'x.a'");
    expect(out).toContain("id: 'x.b'");
    expect(out).toContain("{ defaultMessage: 'kept' }");
    // Still valid code.
    const { diagnostics } = ts.transpileModule(out!, { reportDiagnostics: true });
    expect(diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual(
      [],
    );
  });

  it('leaves a file without defineMessages alone', () => {
    expect(withoutDefaultMessages("const a = { defaultMessage: 'x' };", 'a.ts')).toBeNull();
  });
});
