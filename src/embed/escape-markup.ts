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
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (character) => ENTITIES[character] ?? '');
}
