// A reader choosing which language to learn first, for themselves or for a job, rather than for a
// project: the topics the sources speak to that question on. /choose/ lists them with where the
// sources land, beside the project form.

/** The topics (ids in content/topics.yaml) a learner's question turns on, in the order they are shown. */
export const LEARNER_TOPICS: readonly string[] = ['learning-curve', 'talent', 'popularity', 'productivity'];

/** The learner's topics out of `all` (anything with a topic id), in LEARNER_TOPICS order; throws naming a topic that does not exist. */
export function learnerTopics<T extends { topic: { id: string } }>(all: readonly T[]): T[] {
  return LEARNER_TOPICS.map((id) => {
    const found = all.find((entry) => entry.topic.id === id);
    if (!found) throw new Error(`src/lib/site/learner.ts: the learner's topic "${id}" is not in content/topics.yaml`);
    return found;
  });
}
