/**
 * Does a check-in's text suggest a crisis? A small, deliberate list of phrases
 * about suicide and self-harm, matched on whole words after light
 * normalisation (case, curly apostrophes, "do not" -> "don't").
 *
 * It errs towards noticing: "I'm not suicidal" still matches, and that is
 * fine, because a match only adds support resources to the author's own
 * response. It never blocks the post, never tells anyone else, never judges.
 * It is not a classifier and misses much; the session safety signals and the
 * circle's people are the other nets.
 */
import { type SupportResources } from '../sessions/session.safety.type';
import { supportResourcesFor } from '../sessions/support-resources';

const CRISIS_PATTERNS: readonly RegExp[] = [
  /\bsuicid(?:e|al)\b/,
  /\bkill(?:ing)? my ?self\b/,
  /\bend(?:ing)? (?:my life|it all|things)\b/,
  /\btake my (?:own )?life\b/,
  /\b(?:want|wanted|wanting|going) to die\b/,
  /\bwish (?:i was|i were|i'd) dead\b/,
  /\bdon't want to (?:be alive|live|wake up|be here anymore)\b/,
  /\bno reason to (?:live|go on)\b/,
  /\bbetter off (?:dead|without me)\b/,
  /\bcan't go on\b/,
  /\bself[- ]?harm(?:ing)?\b/,
  /\b(?:hurt|hurting|harm|harming|cut|cutting) my ?self\b/,
  /\boverdos(?:e|ing)\b/,
];

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\bdo not\b/g, "don't")
    .replace(/\bcannot\b|\bcan not\b/g, "can't")
    .replace(/\s+/g, ' ');
}

export function suggestsCrisis(text: string | null | undefined): boolean {
  if (!text) return false;
  const normalized = normalize(text);
  return CRISIS_PATTERNS.some((pattern) => pattern.test(normalized));
}

export function crisisSupportMessage(posted: 'check-in' | 'reply'): string {
  return `Thank you for sharing how heavy things are. Your ${posted} is posted. You deserve support from someone who can be with you right now: the people below are there to listen, any time.`;
}

/** What the author sees beside their post when its text suggests a crisis. */
export function crisisSupport(posted: 'check-in' | 'reply', country: string | null): { message: string; resources: SupportResources } {
  return { message: crisisSupportMessage(posted), resources: supportResourcesFor(country) };
}
