/**
 * Lower-cases and strips diacritics so "Lukašenka", "LUKASENKA" and
 * "lukasenka" compare equal; used on both the searched text and the query.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»]/g, '"');
}
