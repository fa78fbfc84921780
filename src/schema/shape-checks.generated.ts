/**
 * Written by `npm run shape-checks` (src/build/shape-checks-file.ts) from dataset-schema.ts:
 * do not edit. Each function answers as `v.is(schema, value)` does, written out as code so
 * that each list and object has a function of its own, which V8 specialises to its fields:
 * checks built from the schema at run time, one of which checked every kind of object, took
 * 104 ms for 100,000 places in Node where these take 23. A unit test fails while this file is
 * not what the schema gives.
 */

const PATTERN_0 = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PATTERN_1 = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

const PATTERN_2 = /^https?:\/\//i;

function isUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

function isValue0(value: unknown): boolean {
  return value === 'Feature';
}

function isValue1(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 100 && PATTERN_0.test(value);
}

function isValue2(value: unknown): boolean {
  return value === 'Point';
}

function isValue3(value: unknown): boolean {
  return (
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    Number.isFinite(value) &&
    value >= -180 &&
    value <= 180
  );
}

function isValue4(value: unknown): boolean {
  return (
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    Number.isFinite(value) &&
    value >= -90 &&
    value <= 90
  );
}

function check2(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const item0: unknown = value[0];
  const item1: unknown = value[1];
  return isValue3(item0) && isValue4(item1);
}

function check1(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'type' && key !== 'coordinates') return false;
  return isValue2(record.type) && check2(record.coordinates);
}

function isValue5(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 200;
}

function isValue6(value: unknown): boolean {
  return (
    value === 'city' ||
    value === 'building' ||
    value === 'naval-base' ||
    value === 'park' ||
    value === 'island' ||
    value === 'island-group' ||
    value === 'strait' ||
    value === 'sea' ||
    value === 'ocean' ||
    value === 'region' ||
    value === 'state' ||
    value === 'country' ||
    value === 'continent' ||
    value === 'natural-feature'
  );
}

function check4(value: unknown): boolean {
  if (!Array.isArray(value) || !(value.length <= 1000000)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!isValue5(item)) return false;
  }
  return true;
}

function check5(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const item0: unknown = value[0];
  const item1: unknown = value[1];
  const item2: unknown = value[2];
  const item3: unknown = value[3];
  return isValue3(item0) && isValue4(item1) && isValue3(item2) && isValue4(item3);
}

function isValue7(value: unknown): boolean {
  return value === undefined || check5(value);
}

function isValue8(value: unknown): boolean {
  return value === 'point' || value === 'area';
}

function isValue9(value: unknown): boolean {
  return typeof value === 'boolean';
}

function isValue10(value: unknown): boolean {
  return value === 'geonames' || value === 'wikidata' || value === 'curated';
}

function isValue11(value: unknown): boolean {
  return value === undefined || isValue5(value);
}

function isValue12(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 5000;
}

function isValue13(value: unknown): boolean {
  return value === undefined || isValue12(value);
}

function check6(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'source' && key !== 'id' && key !== 'note') return false;
  return isValue10(record.source) && isValue11(record.id) && isValue13(record.note);
}

function isValue14(value: unknown): boolean {
  return value === 'extracted' || value === 'curated';
}

function check7(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'place') return false;
  return isValue14(record.place);
}

function isValue15(value: unknown): boolean {
  return typeof value === 'number' && !Number.isNaN(value) && Number.isInteger(value) && value >= 0;
}

function check9(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (key !== 'sentence' && key !== 'start' && key !== 'end' && key !== 'text') return false;
  return (
    isValue15(record.sentence) &&
    isValue15(record.start) &&
    isValue15(record.end) &&
    isValue5(record.text)
  );
}

function check8(value: unknown): boolean {
  if (!Array.isArray(value) || !(value.length <= 1000000)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!check9(item)) return false;
  }
  return true;
}

function isValue16(value: unknown): boolean {
  return typeof value === 'string' && PATTERN_1.test(value);
}

function isValue17(value: unknown): boolean {
  return value === undefined || isValue16(value);
}

function isValue18(value: unknown): boolean {
  return value === undefined || isValue14(value);
}

function check12(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'place' && key !== 'date') return false;
  return isValue14(record.place) && isValue18(record.date);
}

function check11(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (key !== 'text' && key !== 'sentence' && key !== 'date' && key !== 'provenance')
      return false;
  return (
    isValue12(record.text) &&
    isValue15(record.sentence) &&
    isValue17(record.date) &&
    check12(record.provenance)
  );
}

function check10(value: unknown): boolean {
  if (!Array.isArray(value) || !(value.length <= 1000000)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!check11(item)) return false;
  }
  return true;
}

function check15(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (key !== 'speaker' && key !== 'place' && key !== 'date') return false;
  return isValue14(record.speaker) && isValue18(record.place) && isValue18(record.date);
}

function check14(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (
      key !== 'sentence' &&
      key !== 'start' &&
      key !== 'end' &&
      key !== 'text' &&
      key !== 'speaker' &&
      key !== 'source' &&
      key !== 'date' &&
      key !== 'provenance'
    )
      return false;
  return (
    isValue15(record.sentence) &&
    isValue15(record.start) &&
    isValue15(record.end) &&
    isValue12(record.text) &&
    isValue5(record.speaker) &&
    isValue11(record.source) &&
    isValue17(record.date) &&
    check15(record.provenance)
  );
}

function check13(value: unknown): boolean {
  if (!Array.isArray(value) || !(value.length <= 1000000)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!check14(item)) return false;
  }
  return true;
}

function check18(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'date' && key !== 'place') return false;
  return isValue14(record.date) && isValue14(record.place);
}

function check17(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (key !== 'date' && key !== 'summary' && key !== 'sentence' && key !== 'provenance')
      return false;
  return (
    isValue16(record.date) &&
    isValue12(record.summary) &&
    isValue15(record.sentence) &&
    check18(record.provenance)
  );
}

function check16(value: unknown): boolean {
  if (!Array.isArray(value) || !(value.length <= 1000000)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!check17(item)) return false;
  }
  return true;
}

function check3(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (
      key !== 'name' &&
      key !== 'kind' &&
      key !== 'aliases' &&
      key !== 'extent' &&
      key !== 'precision' &&
      key !== 'focus' &&
      key !== 'gazetteer' &&
      key !== 'provenance' &&
      key !== 'mentions' &&
      key !== 'captions' &&
      key !== 'quotes' &&
      key !== 'events'
    )
      return false;
  return (
    isValue5(record.name) &&
    isValue6(record.kind) &&
    check4(record.aliases) &&
    isValue7(record.extent) &&
    isValue8(record.precision) &&
    isValue9(record.focus) &&
    check6(record.gazetteer) &&
    check7(record.provenance) &&
    check8(record.mentions) &&
    check10(record.captions) &&
    check13(record.quotes) &&
    check16(record.events)
  );
}

function check0(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (key !== 'type' && key !== 'id' && key !== 'geometry' && key !== 'properties') return false;
  return (
    isValue0(record.type) &&
    isValue1(record.id) &&
    check1(record.geometry) &&
    check3(record.properties)
  );
}

function isValue19(value: unknown): boolean {
  return value === 'FeatureCollection';
}

function isValue20(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 5000 && isUrl(value) && PATTERN_2.test(value);
}

function isValue21(value: unknown): boolean {
  return value === undefined || isValue20(value);
}

function check21(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'name' && key !== 'url' && key !== 'note') return false;
  return isValue5(record.name) && isValue21(record.url) && isValue13(record.note);
}

function isValue22(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 20000;
}

function isValue23(value: unknown): boolean {
  return value === 'body' || value === 'caption';
}

function check23(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (key !== 'text' && key !== 'start' && key !== 'end' && key !== 'paragraph' && key !== 'role')
      return false;
  return (
    isValue22(record.text) &&
    isValue15(record.start) &&
    isValue15(record.end) &&
    isValue15(record.paragraph) &&
    isValue23(record.role)
  );
}

function check22(value: unknown): boolean {
  if (!Array.isArray(value) || !(value.length <= 1000000)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!check23(item)) return false;
  }
  return true;
}

function check24(value: unknown): boolean {
  if (!Array.isArray(value) || !(value.length <= 1000000)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!check14(item)) return false;
  }
  return true;
}

function check27(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'route') return false;
  return isValue14(record.route);
}

function check26(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (
      key !== 'id' &&
      key !== 'from' &&
      key !== 'to' &&
      key !== 'traveller' &&
      key !== 'date' &&
      key !== 'sentence' &&
      key !== 'provenance'
    )
      return false;
  return (
    isValue1(record.id) &&
    isValue1(record.from) &&
    isValue1(record.to) &&
    isValue5(record.traveller) &&
    isValue17(record.date) &&
    isValue15(record.sentence) &&
    check27(record.provenance)
  );
}

function check25(value: unknown): boolean {
  if (!Array.isArray(value) || !(value.length <= 1000000)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!check26(item)) return false;
  }
  return true;
}

function check20(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (
      key !== 'slug' &&
      key !== 'title' &&
      key !== 'published' &&
      key !== 'source' &&
      key !== 'sentences' &&
      key !== 'untiedQuotes' &&
      key !== 'journeys'
    )
      return false;
  return (
    isValue1(record.slug) &&
    isValue5(record.title) &&
    isValue16(record.published) &&
    check21(record.source) &&
    check22(record.sentences) &&
    check24(record.untiedQuotes) &&
    check25(record.journeys)
  );
}

function check28(value: unknown): boolean {
  return !(!Array.isArray(value) || !(value.length <= 2000000));
}

function check19(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return isValue19(record.type) && check20(record.article) && check28(record.features);
}

export function isPlaceFeature(value: unknown): boolean {
  return check0(value);
}

export function isDatasetOutline(value: unknown): boolean {
  return check19(value);
}
