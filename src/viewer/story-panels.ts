import type { PlaceFeature } from '../schema/dataset-schema.js';
import { createArticlePanel } from './article-panel.js';
import { element } from './dom.js';
import { createJourneyList } from './journey-list.js';
import { addJourneyLayer, type JourneyLayer } from './journey-layer.js';
import { journeyRoutes } from './journey-routes.js';
import { createMapCamera, type CameraTarget, type MapCamera } from './map-camera.js';
import { createPanelSections } from './panel-sections.js';
import { createStoryBar } from './story-bar.js';
import type { StoryStep } from './story-steps.js';
import type { StoryFeaturesContext, StoryMapParts } from './story-features.js';

export interface StoryPanels {
  /** Connects the panels to the map, framed and with its markers and list. */
  attach(map: StoryMapParts): void;
  /** Opens a story step by id (a `#step=` link), without animation; false if there is none. */
  openStep(id: string): boolean;
  /** "Read in the article": highlights the sentences that mention the place. */
  readPlace(feature: PlaceFeature): void;
  /** Whether the place list is where the reader is looking (so it may scroll to the open place). */
  listInView(button: HTMLElement): boolean;
  remove(): void;
}

// A step at a place that is a point is shown at this zoom: the place and its surroundings.
const STEP_ZOOM = 6;
// An area is framed on its extent, a tiny one no closer than this: story-map's own limit, so
// that opening the place after the flight does not move the map again.
const STEP_MAX_ZOOM = 9;

function stepTarget({ latLng, bounds }: ReturnType<StoryFeaturesContext['locate']>): CameraTarget {
  return bounds === undefined ? { latLng, zoom: STEP_ZOOM } : { bounds, maxZoom: STEP_MAX_ZOOM };
}

/**
 * Everything that reads the story on the map: the article in the panel with its mentions
 * linked both ways, the journeys' arcs and their list, and, in the strip under the map, the
 * timeline, story mode and the date filter. Loaded after the map (story-features.ts reserves
 * the strip), and shown once the story's events are sorted; `remove()` undoes all of it.
 */
export async function mountStoryPanels(
  context: StoryFeaturesContext,
  strip: HTMLElement,
): Promise<StoryPanels> {
  const { layout, dataset, placeById, events, ids, announce, writeStep, locate } = context;
  let attached: { parts: StoryMapParts; camera: MapCamera; journeys: JourneyLayer } | undefined;
  let stepping = false;
  const bar = await createStoryBar({
    dataset,
    ids,
    announce,
    onStep: (step, animate) => showStep(step, animate),
    onFilter: (visible) => attached?.parts.filterPlaces(visible),
  });

  const articleHeading = element('h2', 'nm-panel__heading', 'The article');
  articleHeading.id = ids('article-heading');
  const article = createArticlePanel({
    dataset,
    ids,
    scroller: () => layout.panelBody,
    onOpenPlace: (id, mention) => attached?.parts.openPlace(id, true, () => mention),
  });
  const articleSection = element('section', 'nm-article-section');
  articleSection.setAttribute('aria-labelledby', articleHeading.id);
  articleSection.append(articleHeading, article.element);
  layout.panelBody.prepend(articleSection);

  const unfoldPanel = () => {
    if (layout.panel.classList.contains('nm-panel--folded')) {
      layout.panel.querySelector<HTMLButtonElement>('.nm-panel__toggle')?.click();
    }
  };
  const readSentence = (sentence: number) => {
    unfoldPanel();
    article.showSentence(sentence);
    announce('The sentence is highlighted in the article.');
  };

  const routes = journeyRoutes(dataset.article.journeys, dataset.features);
  const journeyList =
    routes.length === 0
      ? undefined
      : createJourneyList(routes, ids('journeys-heading'), (id, button) =>
          attached?.journeys.open(id, button),
        );
  if (journeyList !== undefined) layout.listSlot.after(journeyList.element);

  const placesHeading = layout.listSlot.querySelector<HTMLElement>('.nm-panel__heading');
  const journeysHeading = journeyList?.element.querySelector('h2');
  const sections = createPanelSections(layout.panelBody, [
    { label: 'Article', heading: articleHeading },
    ...(placesHeading === null ? [] : [{ label: 'Places', heading: placesHeading }]),
    ...(journeysHeading == null ? [] : [{ label: 'Journeys', heading: journeysHeading }]),
  ]);
  layout.panel.insertBefore(sections.element, layout.panelBody);

  const showStep = (step: StoryStep, animate: boolean) => {
    const feature = placeById(step.placeId);
    if (attached === undefined || feature === undefined) return;
    const { parts } = attached;
    attached.camera.show(
      stepTarget(locate(feature)),
      () => {
        // The popup that closes as the step's opens is the story moving on, not the reader leaving.
        stepping = true;
        parts.openPlace(step.placeId, false);
        stepping = false;
        article.showSentence(step.sentence);
        writeStep(step.id);
      },
      animate,
    );
  };

  strip.append(bar.element);

  const leaveStory = () => {
    bar.story.pause();
    writeStep(undefined);
  };
  const stopListening = [
    events.on('open', ({ id }) => {
      article.markOpenPlace(id);
      if (!stepping && bar.story.current()?.placeId !== id) leaveStory();
    }),
    events.on('close', () => {
      article.markOpenPlace(undefined);
      if (!stepping) leaveStory();
    }),
  ];

  return {
    attach(parts) {
      const camera = createMapCamera(parts.map, context.reduceMotion);
      const journeys = addJourneyLayer({
        map: parts.map,
        dataset,
        routes,
        centreLng: parts.map.getCenter().lng,
        camera,
        ids,
        onRead: readSentence,
      });
      attached = { parts, camera, journeys };
    },
    openStep: (id) => bar.story.goTo(id, false),
    readPlace(feature) {
      unfoldPanel();
      const count = article.showPlace(feature.id);
      const name = feature.properties.name;
      announce(
        `${count} ${count === 1 ? 'sentence mentions' : 'sentences mention'} ${name}; highlighted in the article.`,
      );
    },
    listInView: (button) => sections.isInView(button),
    remove() {
      for (const stop of stopListening) stop();
      attached?.camera.remove();
      attached?.journeys.remove();
      attached = undefined;
      bar.destroy();
      journeyList?.destroy();
      sections.destroy();
      article.destroy();
      articleSection.remove();
    },
  };
}
