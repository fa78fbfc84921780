import { expect, test } from 'vitest';
import { isPhotoCaption } from '../../../src/pipeline/find-captions.js';

test.each([
  ['Three military boats patrol the Matsu Islands on April 9', true],
  [
    'Soldier stands near launchers at Cape Maobitou Park in Pingtung County, Taiwan, April 10',
    true,
  ],
  ['Frigates are seen docked during the exhibition May 4 in Singapore', true],
  ['Pictured: The destroyer watches the Chinese Navy ship', true],
  ['Blinken walks after his arrival in Beijing, China on Sunday', true],
  ['Blinken met Qin on Sunday.', false],
  ['His trip came after the downing of a balloon over the US', false],
  ['“That was a real conversation,” he said.', false],
])('%s -> caption: %s', (paragraph, expected) => {
  expect(isPhotoCaption(paragraph)).toBe(expected);
});
