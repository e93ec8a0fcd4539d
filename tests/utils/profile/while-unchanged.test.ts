import { describe, expect, it } from 'vitest';
import { whileUnchanged } from '@/utils/profile/while-unchanged';

/** a read that counts its runs and answers with the first <p>'s text, rooted at the card */
function counted(doc: Document) {
  const runs = { count: 0 };
  const read = whileUnchanged(
    (id: string) => {
      runs.count += 1;
      const card = doc.getElementById(id);
      return { card, text: card?.querySelector('p')?.textContent ?? null };
    },
    (answer) => answer.card,
  );
  return { runs, read };
}

function page(): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const card = doc.createElement('section');
  card.id = 'card';
  const line = doc.createElement('p');
  line.textContent = 'ML engineer';
  card.append(line);
  doc.body.append(card);
  return doc;
}

describe('an answer kept while its part of the page is unchanged', () => {
  it('is read once while nothing in the card changes, even after changes elsewhere', () => {
    const doc = page();
    const { runs, read } = counted(doc);
    expect(read('card').text).toBe('ML engineer');
    doc.body.append(doc.createElement('footer'));
    expect(read('card').text).toBe('ML engineer');
    expect(runs.count).toBe(1);
  });

  it('is read again once the card text changes', () => {
    const doc = page();
    const { runs, read } = counted(doc);
    read('card');
    (doc.querySelector('p') as Element).textContent = 'Staff ML engineer';
    expect(read('card').text).toBe('Staff ML engineer');
    expect(runs.count).toBe(2);
  });

  it('is read again once an element is added to the card, even one with no text', () => {
    const doc = page();
    const { runs, read } = counted(doc);
    read('card');
    doc.getElementById('card')?.append(doc.createElement('span'));
    read('card');
    expect(runs.count).toBe(2);
  });

  it('is kept when our hint or a list badge goes into the card (their content is in shadow roots)', () => {
    const doc = page();
    const { runs, read } = counted(doc);
    read('card');
    const card = doc.getElementById('card') as Element;
    for (const tag of ['mentorlens-hint', 'mentorlens-badge']) {
      const host = doc.createElement(tag);
      host.attachShadow({ mode: 'open' }).append(doc.createElement('button'));
      card.append(host);
    }
    expect(read('card').text).toBe('ML engineer');
    expect(runs.count).toBe(1);
  });

  it('is read again when an element named like ours brings text, or ours goes with another', () => {
    const doc = page();
    const { runs, read } = counted(doc);
    read('card');
    const card = doc.getElementById('card') as Element;
    const forged = doc.createElement('mentorlens-hint');
    forged.textContent = 'Staff ML engineer';
    card.append(forged);
    read('card');
    expect(runs.count).toBe(2);
    // an element of the page's own beside ours is a change
    card.append(doc.createElement('mentorlens-badge'), doc.createElement('span'));
    read('card');
    expect(runs.count).toBe(3);
  });

  it('is read again once the card left the document (a new page swapped in)', () => {
    const doc = page();
    const { runs, read } = counted(doc);
    read('card');
    const fresh = page().body.firstElementChild as Element;
    doc.getElementById('card')?.replaceWith(doc.importNode(fresh, true));
    expect(read('card').card?.isConnected).toBe(true);
    expect(runs.count).toBe(2);
  });

  it('is read again for other arguments, and an answer with no root is never kept', () => {
    const doc = page();
    const { runs, read } = counted(doc);
    read('card');
    read('missing');
    read('missing');
    expect(runs.count).toBe(3);
    read('card');
    expect(runs.count).toBe(4);
  });
});
