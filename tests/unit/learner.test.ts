// The learner's route on /choose/: the topics it lists, and a missing topic stopping the build.
import { describe, expect, it } from 'vitest';
import { LEARNER_TOPICS, learnerTopics } from '../../src/lib/site/learner.ts';

const topic = (id: string) => ({ topic: { id } });

describe('the learner’s topics', () => {
  it('are picked out of every topic, in the learner’s order', () => {
    const all = ['performance', ...[...LEARNER_TOPICS].reverse(), 'cost'].map(topic);
    expect(learnerTopics(all).map((entry) => entry.topic.id)).toEqual([...LEARNER_TOPICS]);
  });

  it('name a topic that no longer exists', () => {
    expect(() => learnerTopics(LEARNER_TOPICS.slice(1).map(topic))).toThrow(
      `"${LEARNER_TOPICS[0]}" is not in content/topics.yaml`,
    );
  });
});
