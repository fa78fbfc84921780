const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe to place in HTML or XML markup, as element content or as a quoted attribute
 * value: `escapeMarkup('Kinmen & "Matsu"')` is `Kinmen &amp; &quot;Matsu&quot;`. Characters
 * XML 1.0 forbids outright (most C0 controls) are dropped, since no escape makes them legal.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uFFFD]/g, '')
    .replace(/[&<>"']/g, (character) => ENTITIES[character] ?? '');
}
