/**
 * Link parameters only an embed reads (src/lib/embed): a link to the full
 * view leaves them out, and the URL state keeps them in the links it writes.
 */
export const EMBED_PARAMS = [
  'embed',
  'parts',
  'id',
  'report',
  // pym.js's parent adds these to the iframe's src.
  'childId',
  'initialWidth',
  'parentTitle',
  'parentUrl',
];
