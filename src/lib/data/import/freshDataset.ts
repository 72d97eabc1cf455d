import type {
  Actor,
  Citation,
  Dataset,
  DatasetMeta,
  EventRecord,
  Figure,
  Place,
  Source,
} from '../../model/types';

/**
 * A copy of a validated dataset made of new objects with only the format's
 * fields, never a spread of what JSON.parse returned: a `__proto__` or any
 * other key of a stranger's file cannot ride along into the app.
 */
export function freshDataset(d: Dataset): Dataset {
  const meta: DatasetMeta = {
    title: d.meta.title,
    description: d.meta.description,
    language: d.meta.language,
    sources: d.meta.sources.map(freshSource),
  };
  if (d.meta.published !== undefined) meta.published = d.meta.published;
  if (d.meta.types !== undefined) {
    meta.types = d.meta.types.map((t) => ({ id: t.id, label: t.label }));
  }
  if (d.meta.license !== undefined) meta.license = d.meta.license;
  if (d.meta.credit !== undefined) meta.credit = d.meta.credit;
  return {
    meta,
    actors: d.actors.map(freshActor),
    places: d.places.map(freshPlace),
    events: d.events.map(freshEvent),
  };
}

function freshSource(s: Source): Source {
  const out: Source = { id: s.id, publisher: s.publisher, title: s.title };
  if (s.published !== undefined) out.published = s.published;
  if (s.author !== undefined) out.author = s.author;
  if (s.url !== undefined) out.url = s.url;
  return out;
}

function freshActor(a: Actor): Actor {
  const out: Actor = { id: a.id, name: a.name, kind: a.kind, description: a.description };
  if (a.aliases !== undefined) out.aliases = [...a.aliases];
  return out;
}

function freshPlace(p: Place): Place {
  return {
    id: p.id,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    precision: p.precision,
    description: p.description,
  };
}

function freshFigure(f: Figure): Figure {
  return { value: f.value, unit: f.unit, qualifier: f.qualifier };
}

function freshCitation(c: Citation): Citation {
  const out: Citation = { source: c.source, quote: c.quote };
  if (c.paragraph !== undefined) out.paragraph = c.paragraph;
  return out;
}

function freshEvent(e: EventRecord): EventRecord {
  const out: EventRecord = {
    id: e.id,
    date: e.date,
    type: e.type,
    title: e.title,
    summary: e.summary,
    actors: e.actors.map((a) => (a.role === undefined ? { id: a.id } : { id: a.id, role: a.role })),
    place: e.place,
    figures: e.figures.map(freshFigure),
    sources: e.sources.map(freshCitation),
  };
  if (e.dateNote !== undefined) out.dateNote = e.dateNote;
  if (e.tags !== undefined) out.tags = [...e.tags];
  return out;
}
