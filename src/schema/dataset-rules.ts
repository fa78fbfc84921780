import type {
  Caption,
  Dataset,
  Extent,
  Mention,
  PlaceEvent,
  PlaceFeature,
  Quote,
  Sentence,
} from './dataset-schema.js';
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
    if (sentence.end - sentence.start !== sentence.text.length) {
      issues.push(
        issueAt(
          ['article', 'sentences', i, 'end'],
          `end - start is ${sentence.end - sentence.start} but the text has ${sentence.text.length} characters`,
        ),
      );
    }
    if (sentence.start < previousEnd) {
      issues.push(
        issueAt(
          ['article', 'sentences', i, 'start'],
          `starts at ${sentence.start}, before the previous sentence ends (${previousEnd})`,
        ),
      );
    }
    previousEnd = sentence.end;
  });
  return issues;
};

/** What is wrong with one field of a list item, told apart from where the item sits. */
interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Collects the problems of items in the features' and the article's lists. An item's path is
 * built only when the item is at fault: building it for each of a million sound items was
 * much of the cost of checking a large dataset.
 */
class ListIssues {
  readonly issues: DatasetIssue[] = [];

  inFeature(
    f: number,
    feature: PlaceFeature,
    list: string,
    i: number,
    problem: FieldProblem | undefined,
  ): void {
    if (problem === undefined) return;
    const keys = ['features', f, 'properties', list, i, problem.field];
    this.issues.push(issueAt(keys, problem.message, feature));
  }

  inArticle(list: string, i: number, problem: FieldProblem | undefined): void {
    if (problem === undefined) return;
    this.issues.push(issueAt(['article', list, i, problem.field], problem.message));
  }
}

function sentenceProblem(
  sentences: readonly Sentence[],
  sentence: number,
): FieldProblem | undefined {
  return sentence < sentences.length
    ? undefined
    : {
        field: 'sentence',
        message: `refers to sentence ${sentence}, but the article has ${sentences.length}`,
      };
}

function spanProblem(
  sentences: readonly Sentence[],
  span: { sentence: number; start: number; end: number; text: string },
): FieldProblem | undefined {
  const sentence = sentences[span.sentence];
  if (sentence === undefined) return sentenceProblem(sentences, span.sentence);
  if (span.start < sentence.start || span.end > sentence.end || span.start >= span.end) {
    return {
      field: 'start',
      message: `span ${span.start}-${span.end} lies outside sentence ${span.sentence} (${sentence.start}-${sentence.end})`,
    };
  }
  const actual = sentence.text.slice(span.start - sentence.start, span.end - sentence.start);
  return actual === span.text
    ? undefined
    : {
        field: 'text',
        message: `does not match the article text at ${span.start}-${span.end}, which reads ${quoteValue(actual)}`,
      };
}

function captionProblem(
  sentences: readonly Sentence[],
  caption: Caption,
): FieldProblem | undefined {
  const sentence = sentences[caption.sentence];
  if (sentence === undefined) return sentenceProblem(sentences, caption.sentence);
  return sentence.role === 'caption' && sentence.text === caption.text
    ? undefined
    : { field: 'text', message: `is not the text of caption sentence ${caption.sentence}` };
}

// Indexed loops, not `entries()`: these passes visit every list of every place, a million
// lists at 250,000 places, and an iterator per list made them several times slower.
const referencesPointIntoTheArticle: Rule = ({ article, features }) => {
  const { sentences } = article;
  const found = new ListIssues();
  for (let f = 0; f < features.length; f++) {
    const feature = features[f] as PlaceFeature;
    const { mentions, quotes, events, captions } = feature.properties;
    for (let i = 0; i < mentions.length; i++)
      found.inFeature(f, feature, 'mentions', i, spanProblem(sentences, mentions[i] as Mention));
    for (let i = 0; i < quotes.length; i++)
      found.inFeature(f, feature, 'quotes', i, spanProblem(sentences, quotes[i] as Quote));
    for (let i = 0; i < events.length; i++)
      found.inFeature(
        f,
        feature,
        'events',
        i,
        sentenceProblem(sentences, (events[i] as PlaceEvent).sentence),
      );
    for (let i = 0; i < captions.length; i++)
      found.inFeature(f, feature, 'captions', i, captionProblem(sentences, captions[i] as Caption));
  }
  for (const [i, quote] of article.untiedQuotes.entries())
    found.inArticle('untiedQuotes', i, spanProblem(sentences, quote));
  for (const [i, journey] of article.journeys.entries())
    found.inArticle('journeys', i, sentenceProblem(sentences, journey.sentence));
  return found.issues;
};

/** Whether a date that has the schema's form, `YYYY-MM` or `YYYY-MM-DD`, names a real day. */
function isCalendarDate(iso: string): boolean {
  if (iso.length === 'YYYY-MM'.length) return true;
  const day = Number(iso.slice(8));
  // Every month has 28 days: only the 29th to the 31st need the calendar, which is slow to ask.
  if (day <= 28) return true;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const notADay = (date: string) => `${date} is not a day of the calendar`;

function dateProblem(date: string | undefined): FieldProblem | undefined {
  return date === undefined || isCalendarDate(date)
    ? undefined
    : { field: 'date', message: notADay(date) };
}

const DATED_PLACE_LISTS = ['captions', 'quotes', 'events'] as const;

const datesExist: Rule = ({ article, features }) => {
  const found = new ListIssues();
  if (!isCalendarDate(article.published)) {
    found.issues.push(issueAt(['article', 'published'], notADay(article.published)));
  }
  for (let f = 0; f < features.length; f++) {
    const feature = features[f] as PlaceFeature;
    for (const list of DATED_PLACE_LISTS) {
      const items: readonly { date?: string | undefined }[] = feature.properties[list];
      for (let i = 0; i < items.length; i++)
        found.inFeature(f, feature, list, i, dateProblem(items[i]?.date));
    }
  }
  for (const [i, quote] of article.untiedQuotes.entries())
    found.inArticle('untiedQuotes', i, dateProblem(quote.date));
  for (const [i, journey] of article.journeys.entries())
    found.inArticle('journeys', i, dateProblem(journey.date));
  return found.issues;
};

/** True when the point lies in the box, reading a box whose west exceeds its east as crossing 180°. */
export function extentContains(
  [west, south, east, north]: Extent,
  [lon, lat]: readonly [number, number],
): boolean {
  const inLongitude = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
  return inLongitude && lat >= south && lat <= north;
}

const pointsLieInTheirExtent: Rule = ({ features }) => {
  const issues: DatasetIssue[] = [];
  features.forEach((feature, f) => {
    // An extent is optional (DESIGN.md): a geoparsed area may come with its point alone.
    const { extent } = feature.properties;
    if (extent === undefined) return;
    if (extent[1] > extent[3]) {
      issues.push(
        issueAt(['features', f, 'properties', 'extent'], 'south is greater than north', feature),
      );
      return;
    }
    const { coordinates } = feature.geometry;
    if (extentContains(extent, coordinates)) return;
    // Quoted item by item: the schema's tuples pass further items (an altitude, say) and ignore them.
    const [lon, lat] = coordinates;
    const [west, south, east, north] = extent;
    issues.push(
      issueAt(
        ['features', f, 'geometry', 'coordinates'],
        `[${lon}, ${lat}] lies outside the place's extent [${west}, ${south}, ${east}, ${north}] (are longitude and latitude swapped?)`,
        feature,
      ),
    );
  });
  return issues;
};

const journeysJoinKnownPlaces: Rule = ({ article, features }) => {
  // Most datasets have no journey: they need no set of every place's id.
  if (article.journeys.length === 0) return [];
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
