import { describe, expect, it } from 'vitest';
import { actionNames } from '@/utils/profile/linkedin/reading-order';

/** a main region with one button per label; `aside` labels sit in a side rail */
function scope(labels: string[], aside: string[] = []): Element {
  const doc = document.implementation.createHTMLDocument('t');
  const main = doc.createElement('main');
  for (const label of labels) {
    const button = doc.createElement('button');
    button.setAttribute('aria-label', label);
    main.append(button);
  }
  const rail = doc.createElement('aside');
  for (const label of aside) {
    const link = doc.createElement('a');
    link.setAttribute('aria-label', label);
    rail.append(link);
  }
  main.append(rail);
  doc.body.append(main);
  return main;
}

describe('the names action labels give (the name heading is checked against them)', () => {
  // one label for each pattern, in each language the patterns know
  it.each([
    ['Follow Ada Okafor', 'ada okafor'],
    ['+ Follow Ada Okafor', 'ada okafor'],
    ['Invite Ada Okafor to connect', 'ada okafor'],
    ['Message Ada Okafor', 'ada okafor'],
    ['Connect with Ada', 'ada'],
    ['More actions for Ada Okafor', 'ada okafor'],
    ['Ada Okafor folgen', 'ada okafor'],
    ['Ada Okafor als Kontakt einladen', 'ada okafor'],
    ['Suivre Ada Okafor', 'ada okafor'],
    ['Inviter Ada Okafor à se connecter', 'ada okafor'],
    ['Seguir a Ada Okafor', 'ada okafor'],
    ['Invitar a Ada Okafor a conectar', 'ada okafor'],
    ['Segui Ada Okafor', 'ada okafor'],
    ['Invita Ada Okafor a collegarsi', 'ada okafor'],
    ['Seguir Ada Okafor', 'ada okafor'],
    ['Convidar Ada Okafor para se conectar', 'ada okafor'],
    ['FOLLOW ADA OKAFOR', 'ada okafor'],
  ])('"%s" names %s', (label, name) => {
    expect(actionNames(scope([label]))).toContain(name);
  });

  it('labels that name no action give no name', () => {
    expect(
      actionNames(scope(['Like', 'Close', 'Follow', 'Ada Okafor', 'Send', '', '   '])),
    ).toEqual([]);
  });

  it('ignores the side rail, menus and dialogs: other people are named there', () => {
    expect(actionNames(scope(['Follow Ada Okafor'], ['Follow Grace Hopper']))).toEqual([
      'ada okafor',
    ]);
  });

  it('a hostile label (huge, or markup as text) names nobody and does not throw', () => {
    const huge = `Follow ${'a'.repeat(100_000)}`;
    expect(actionNames(scope([huge, 'Follow <img src=x onerror=alert(1)>']))).toEqual([
      '<img src=x onerror=alert(1)>',
    ]);
  });
});
