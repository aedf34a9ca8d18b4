import type { Lexicon, ParsedArticle, Suggestions } from '../types';
import { suggestBodies } from './bodies';
import { suggestChains } from './chains';
import { contextOf } from './context';
import { suggestDates } from './dates';
import { suggestFirms } from './firms';
import { lexiconIndex } from './lexicon-index';
import { suggestMeetingKinds } from './meeting-kinds';
import { suggestPeople } from './people';
import { suggestPlans } from './plans';
import { regionHits, suggestRegions } from './regions';
import { suggestTargets } from './targets';

/** Everything the article suggests for a record; offsets refer to article.body. */
export function suggest(article: ParsedArticle, lexicon: Lexicon): Suggestions {
  const context = contextOf(article);
  const index = lexiconIndex(lexicon);
  const regions = regionHits(context, index.regions);
  const people = suggestPeople(context);
  const personNames = people.map((person) => ({ start: person.end - person.name.length, end: person.end }));
  const firms = suggestFirms(context);
  return {
    dates: suggestDates(context),
    regions: suggestRegions(context, index.regions, regions, personNames, firms),
    chains: suggestChains(context, index.chains),
    meetingKinds: suggestMeetingKinds(context),
    plans: suggestPlans(context),
    targets: suggestTargets(context),
    people,
    bodies: suggestBodies(context, regions.hits, regions.bodyShift),
    firms,
  };
}
