/**
 * Lower-cases, spells š/ž/č as sh/zh/ch and strips diacritics, so
 * "Lukašenka", "LUKASHENKA" and "lukashenka" compare equal; used on both the
 * searched text and the query.
 */
export function foldText(text: string): string {
  return (
    text
      .toLowerCase()
      // Latin transliterations of Belarusian and Russian write one sound two ways: š/sh, ž/zh, č/ch.
      .replace(/š/g, 'sh')
      .replace(/ž/g, 'zh')
      .replace(/č/g, 'ch')
      .replace(/ł/g, 'l')
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[’‘`]/g, "'")
      .replace(/[“”«»]/g, '"')
  );
}
