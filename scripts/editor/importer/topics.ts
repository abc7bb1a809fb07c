/** What the topic guess needs of a topic in `content/topics.yaml`. */
export interface TopicName {
  id: string;
  title: string;
}

/** The placeholder topic: not a real id, so `npm run check` lists every one still to decide. */
export const TODO_TOPIC = 'todo';

// Words a table label adds to a topic's name without changing it: "Concurrency Features" is concurrency.
const FILLER = new Set(['feature', 'features', 'capability', 'capabilities', 'support', 'model']);

function words(text: string): string {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word))
    .join(' ');
}

/**
 * The topic a table row's label clearly names, or `todo`. "Clearly" means the label, less filler
 * words like "features", is the topic's id or title word for word ("Memory Safety" → memory-safety,
 * "Concurrency Features" → concurrency); a guess from a looser match ("Pricing Model" → cost?) is
 * an editorial call and is left to the editor.
 */
export function guessTopic(label: string, topics: readonly TopicName[]): string {
  const wanted = words(label);
  if (!wanted) return TODO_TOPIC;
  const match = topics.find((topic) => words(topic.id) === wanted || words(topic.title) === wanted);
  return match?.id ?? TODO_TOPIC;
}
