import { expect, test } from 'vitest';
import { escapeMarkup } from '../../../src/embed/escape-markup.js';

test('escapes the five markup characters, for text and for quoted attribute values', () => {
  expect(escapeMarkup(`<script>alert("x") & 'y'</script>`)).toBe(
    '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;',
  );
});

test('leaves other text, typographic quotes and non-Latin scripts included, as it is', () => {
  expect(escapeMarkup('“Cooperation or conflict” — 北京, Matsu Islands')).toBe(
    '“Cooperation or conflict” — 北京, Matsu Islands',
  );
});

test('drops the control characters XML cannot carry, keeping tabs and newlines', () => {
  expect(escapeMarkup('a\u0000b\u0008c\td\ne\u001Ff\uFFFE')).toBe('abc\td\nef');
});
