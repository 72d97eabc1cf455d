/**
 * Ids of events, actors, places, sources and declared types are slugs:
 * lowercase ASCII letters and digits in groups joined by single hyphens
 * ("riot-police", "blr1234"). They go into links (`event=`, `actors=a,b`)
 * unescaped, so nothing that a URL or a comma-separated list would mangle is
 * allowed. data/schema/dataset.schema.json ($defs.id) has the same pattern.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}
