import type { Dataset, Extent, PlaceFeature, Sentence } from './dataset-schema.js';
import { pathToString, quoteValue, type DatasetIssue } from './dataset-issue.js';

/**
 * Checks that relate one value of a well-shaped dataset to another; the shape itself is
 * checked first by `datasetSchema`. Each rule returns its issues and never throws.
 */
type Rule = (dataset: Dataset) => DatasetIssue[];

function issueAt(keys: (string | number)[], message: string, feature?: PlaceFeature): DatasetIssue {
  return feature === undefined
    ? { path: pathToString(keys), message }
    : { path: pathToString(keys), feature: feature.id, message };
}

const uniqueFeatureIds: Rule = ({ features }) => {
  const firstIndex = new Map<string, number>();
  const issues: DatasetIssue[] = [];
  features.forEach((feature, i) => {
    const earlier = firstIndex.get(feature.id);
    if (earlier === undefined) firstIndex.set(feature.id, i);
    else
      issues.push(
        issueAt(
          ['features', i, 'id'],
          `duplicate id, already used by features[${earlier}]`,
          feature,
        ),
      );
  });
  return issues;
};

const sentencesAgreeWithOffsets: Rule = ({ article }) => {
  const issues: DatasetIssue[] = [];
  let previousEnd = 0;
  article.sentences.forEach((sentence, i) => {
    const keys = ['article', 'sentences', i];
    if (sentence.end - sentence.start !== sentence.text.length) {
      issues.push(
        issueAt(
          [...keys, 'end'],
          `end - start is ${sentence.end - sentence.start} but the text has ${sentence.text.length} characters`,
        ),
      );
    }
    if (sentence.start < previousEnd) {
      issues.push(
        issueAt(
          [...keys, 'start'],
          `starts at ${sentence.start}, before the previous sentence ends (${previousEnd})`,
        ),
      );
    }
    previousEnd = sentence.end;
  });
  return issues;
};

function spanIssue(
  sentences: readonly Sentence[],
  span: { sentence: number; start: number; end: number; text: string },
  keys: (string | number)[],
  feature?: PlaceFeature,
): DatasetIssue | undefined {
  const sentence = sentences[span.sentence];
  if (sentence === undefined) {
    return issueAt(
      [...keys, 'sentence'],
      `refers to sentence ${span.sentence}, but the article has ${sentences.length}`,
      feature,
    );
  }
  if (span.start < sentence.start || span.end > sentence.end || span.start >= span.end) {
    return issueAt(
      [...keys, 'start'],
      `span ${span.start}-${span.end} lies outside sentence ${span.sentence} (${sentence.start}-${sentence.end})`,
      feature,
    );
  }
  const actual = sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
  return actual === span.text
    ? undefined
    : issueAt(
        [...keys, 'text'],
        `does not match the article text at ${span.start}-${span.end}, which reads ${quoteValue(actual)}`,
        feature,
      );
}

function sentenceIssue(
  sentences: readonly Sentence[],
  sentence: number,
  keys: (string | number)[],
  feature?: PlaceFeature,
) {
  return sentence < sentences.length
    ? undefined
    : issueAt(
        [...keys, 'sentence'],
        `refers to sentence ${sentence}, but the article has ${sentences.length}`,
        feature,
      );
}

const referencesPointIntoTheArticle: Rule = ({ article, features }) => {
  const { sentences } = article;
  const issues: (DatasetIssue | undefined)[] = [];
  features.forEach((feature, f) => {
    const props = ['features', f, 'properties'];
    feature.properties.mentions.forEach((mention, i) =>
      issues.push(spanIssue(sentences, mention, [...props, 'mentions', i], feature)),
    );
    feature.properties.quotes.forEach((quote, i) =>
      issues.push(spanIssue(sentences, quote, [...props, 'quotes', i], feature)),
    );
    feature.properties.events.forEach((event, i) =>
      issues.push(sentenceIssue(sentences, event.sentence, [...props, 'events', i], feature)),
    );
    feature.properties.captions.forEach((caption, i) => {
      const keys = [...props, 'captions', i];
      const sentence = sentences[caption.sentence];
      if (sentence === undefined)
        issues.push(sentenceIssue(sentences, caption.sentence, keys, feature));
      else if (sentence.role !== 'caption' || sentence.text !== caption.text) {
        issues.push(
          issueAt(
            [...keys, 'text'],
            `is not the text of caption sentence ${caption.sentence}`,
            feature,
          ),
        );
      }
    });
  });
  article.untiedQuotes.forEach((quote, i) =>
    issues.push(spanIssue(sentences, quote, ['article', 'untiedQuotes', i])),
  );
  article.journeys.forEach((journey, i) =>
    issues.push(sentenceIssue(sentences, journey.sentence, ['article', 'journeys', i])),
  );
  return issues.filter((issue): issue is DatasetIssue => issue !== undefined);
};

function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const datesExist: Rule = ({ article, features }) => {
  const dated: { date: string | undefined; keys: (string | number)[]; feature?: PlaceFeature }[] = [
    { date: article.published, keys: ['article', 'published'] },
  ];
  features.forEach((feature, f) => {
    const props = ['features', f, 'properties'];
    for (const list of ['captions', 'quotes', 'events'] as const) {
      feature.properties[list].forEach((item, i) =>
        dated.push({ date: item.date, keys: [...props, list, i, 'date'], feature }),
      );
    }
  });
  article.untiedQuotes.forEach((quote, i) =>
    dated.push({ date: quote.date, keys: ['article', 'untiedQuotes', i, 'date'] }),
  );
  article.journeys.forEach((journey, i) =>
    dated.push({ date: journey.date, keys: ['article', 'journeys', i, 'date'] }),
  );
  return dated
    .filter(({ date }) => date !== undefined && !isCalendarDate(date))
    .map(({ date, keys, feature }) =>
      issueAt(keys, `${date} is not a day of the calendar`, feature),
    );
};

/** True when the point lies in the box, reading a box whose west exceeds its east as crossing 180°. */
export function extentContains(
  [west, south, east, north]: Extent,
  [lon, lat]: readonly [number, number],
): boolean {
  const inLongitude = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
  return inLongitude && lat >= south && lat <= north;
}

const pointsLieInTheirExtent: Rule = ({ features }) =>
  features.flatMap((feature, f) => {
    // An extent is optional (DESIGN.md): a geoparsed area may come with its point alone.
    const { extent } = feature.properties;
    const props = ['features', f, 'properties'];
    if (extent === undefined) return [];
    const issues: DatasetIssue[] = [];
    if (extent[1] > extent[3])
      issues.push(issueAt([...props, 'extent'], 'south is greater than north', feature));
    else if (!extentContains(extent, feature.geometry.coordinates)) {
      issues.push(
        issueAt(
          ['features', f, 'geometry', 'coordinates'],
          `[${feature.geometry.coordinates.join(', ')}] lies outside the place's extent [${extent.join(', ')}] (are longitude and latitude swapped?)`,
          feature,
        ),
      );
    }
    return issues;
  });

const journeysJoinKnownPlaces: Rule = ({ article, features }) => {
  const ids = new Set(features.map((feature) => feature.id));
  return article.journeys.flatMap((journey, i) =>
    (['from', 'to'] as const)
      .filter((end) => !ids.has(journey[end]))
      .map((end) =>
        issueAt(
          ['article', 'journeys', i, end],
          `"${journey[end]}" is not the id of a place in this dataset`,
        ),
      ),
  );
};

export const DATASET_RULES: readonly Rule[] = [
  uniqueFeatureIds,
  sentencesAgreeWithOffsets,
  referencesPointIntoTheArticle,
  datesExist,
  pointsLieInTheirExtent,
  journeysJoinKnownPlaces,
];
