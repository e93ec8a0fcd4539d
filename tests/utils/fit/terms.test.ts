import { describe, expect, it } from 'vitest';
import {
  aiFieldTerms,
  conceptsIn,
  customTermSet,
  directTerms,
  matchesTerms,
  normalise,
  relatedTerms,
} from '@/utils/fit/terms';

const says = (id: string, text: string, entries?: string[]) =>
  matchesTerms(directTerms(id), text, entries);
const implies = (id: string, text: string) => matchesTerms(relatedTerms(id), text);

describe('synonyms', () => {
  it.each([
    ['machine-learning', 'Senior ML Engineer'],
    ['machine-learning', 'passionate about Machine-Learning'],
    ['machine-learning', '#MachineLearning'],
    ['llm', 'building LLMs'],
    ['llm', 'large language models in production'],
    ['nlp', 'NLP researcher'],
    ['nlp', 'natural language processing'],
    ['mlops', 'MLOps'],
    ['mlops', 'ML infrastructure at scale'],
    ['data-science', 'Data Scientist'],
    ['data-science', 'data science lead'],
    ['ai-researcher', 'AI researcher'],
    ['ml-engineer', 'machine learning engineer'],
    ['cpp', 'C++ and CUDA'],
    ['pytorch', 'pytorch'],
  ])('%s is named by "%s"', (id, text) => {
    expect(says(id, text)).toBe(true);
  });

  it('"research scientist" counts as AI research only next to AI words', () => {
    expect(says('ai-researcher', 'Research Scientist, machine learning')).toBe(true);
    expect(says('ai-researcher', 'Research Scientist in marine biology')).toBe(false);
    expect(
      matchesTerms(directTerms('ai-researcher'), 'Research Scientist', undefined, 'DeepMind'),
    ).toBe(true);
  });

  it('PyTorch, TensorFlow and JAX imply deep learning; deep learning implies ML', () => {
    expect(implies('deep-learning', 'PyTorch')).toBe(true);
    expect(implies('deep-learning', 'TensorFlow and Keras')).toBe(true);
    expect(implies('deep-learning', 'JAX')).toBe(true);
    expect(implies('machine-learning', 'deep learning')).toBe(true);
    expect(implies('machine-learning', 'PyTorch')).toBe(true);
    expect(implies('deep-learning', 'machine learning')).toBe(false);
  });

  it('"CV" means computer vision only in an ML context', () => {
    expect(says('computer-vision', 'CV and deep learning engineer')).toBe(true);
    expect(says('computer-vision', 'Send me your CV')).toBe(false);
    expect(says('computer-vision', 'computer vision')).toBe(true);
  });
});

describe('word boundaries', () => {
  it.each([
    ['machine-learning', 'HTML and XML'],
    ['ai', 'Mailchimp, Dubai, Shanghai'],
    ['ai', "j'ai travaillé"],
    ['java', 'JavaScript'],
    ['rust', 'trust and rusty tools'],
    ['jax', 'Jacksonville (jax)'],
    ['frontend', 'how teams react to change'],
  ])('%s is not found in "%s"', (id, text) => {
    expect(says(id, text)).toBe(false);
  });

  it('short language names count only as whole entries', () => {
    expect(says('go', 'Go to market strategy')).toBe(false);
    expect(says('go', '', ['go'])).toBe(true);
    expect(says('r-lang', 'R&D lead')).toBe(false);
    expect(says('r-lang', '', ['r'])).toBe(true);
  });
});

describe('conceptsIn', () => {
  it('keeps the narrowest concepts a phrase names', () => {
    expect(conceptsIn('Senior ML engineer')).toEqual(['ml-engineer']);
    expect(conceptsIn('Machine learning engineer')).toEqual(['ml-engineer']);
    expect(conceptsIn('AI product designer').sort()).toEqual(['ai-product', 'ux-design']);
    expect(conceptsIn('deep learning (PyTorch)')).toEqual(['pytorch']);
  });

  it('returns nothing for words no concept knows, and for empty or huge input', () => {
    expect(conceptsIn('prototyping')).toEqual([]);
    expect(conceptsIn('')).toEqual([]);
    expect(Array.isArray(conceptsIn('x'.repeat(100_000)))).toBe(true);
  });
});

describe('customTermSet', () => {
  it('matches the phrase on word boundaries, accents kept', () => {
    const set = customTermSet('Universidad Politécnica');
    expect(matchesTerms(set, 'studied at universidad politécnica de Madrid')).toBe(true);
    expect(matchesTerms(set, 'Universidad Politécnicas')).toBe(true);
    expect(matchesTerms(customTermSet('KTH'), 'KTHX')).toBe(false);
  });

  it('treats regex characters as text', () => {
    const set = customTermSet('C# (.NET) [x]+');
    expect(matchesTerms(set, 'we use C# (.NET) [x]+ daily')).toBe(true);
    expect(matchesTerms(set, 'C')).toBe(false);
  });

  it('an empty phrase matches nothing', () => {
    expect(matchesTerms(customTermSet('   '), 'anything at all')).toBe(false);
  });
});

describe('aiFieldTerms and normalise', () => {
  it('tells AI roles from others', () => {
    expect(matchesTerms(aiFieldTerms(), 'Data Scientist')).toBe(true);
    expect(matchesTerms(aiFieldTerms(), 'Backend Developer')).toBe(false);
  });

  it('normalises case, accents and spaces', () => {
    expect(normalise('  Ana  María LÓPEZ ')).toBe('ana maria lopez');
  });
});
