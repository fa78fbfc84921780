const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

// Wire-photo captions end with their date ("..., April 10", "... on Sunday"), sometimes
// followed by the place ("... May 4 in Singapore"), and carry no closing full stop.
const DATELINE_ENDING = new RegExp(
  `(?:\\b(?:on\\s+)?${WEEKDAY}|\\b${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)(?:\\s+in\\s+[A-Z][\\w’' -]*)?$`,
);
const PICTURED = /^(?:Pictured|Above|Top|Left|Right|Below)\s*:/;
const CLOSING_PUNCTUATION = /[.!?”"’')]$/;

/**
 * Tells a photo caption from body text. A caption is one paragraph that either starts with
 * a picture label ("Pictured:") or ends with its date and carries no closing punctuation;
 * body paragraphs end with punctuation, or, when a slip drops it, not with a date.
 */
export function isPhotoCaption(paragraph: string): boolean {
  const text = paragraph.trim();
  if (PICTURED.test(text)) return true;
  return !CLOSING_PUNCTUATION.test(text) && DATELINE_ENDING.test(text);
}
