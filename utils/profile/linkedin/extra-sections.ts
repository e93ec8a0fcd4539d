// Licenses & certifications, Honors & awards and Featured, read by their entries' lines as a person sees them
import type { Certification, FeaturedItem, Honor } from '../snapshot';
import { fold } from '../text';
import { looksLikeDates, parseMonthYear } from './dates';
import { unmasked } from './dom-text';
import { signedInEntities, signedInHeaders } from './entities';
import { contentLines, sectionItems } from './items-by-meaning';
import { unwrapLinkedinUrl } from './redirects';

const maxEntries = 50;
// a title, issuer or place is a short line; descriptions are longer
const maxLine = 160;

const issuedWord =
  /^(?:issued|ausgestellt|émis|émise|délivré|délivrée|expedición|expedido|fecha de expedición|rilasciato|data di rilascio|emitido|emitida|emissão)\b[\s:]*/i;
const issuedBy =
  /^(?:issued by|ausgestellt von|verliehen von|émis par|délivré par|décerné par|otorgado por|expedido por|emitido por|concedido por|rilasciato da|conferito da)\s+/i;
const credential =
  /^(?:credential id|show credential|see credential|nachweis-id|nachweis anzeigen|id (?:de la |da |della )?(?:credencial|credenziale|identifiant)|identifiant|voir (?:la |le )?(?:certificat|titre|identifiant)|afficher (?:la |le )?(?:certificat|titre|identifiant)|ver credencial|mostra credenziale|exibir credencial|mostrar credencial)\b/i;
const associated =
  /^(?:associated with|verbunden mit|in verbindung mit|associé à|associée à|asociado con|asociada con|associato a|associata a|associado a|associada a)\b/i;
const skillsLine = /^(?:skills|kenntnisse|compétences|aptitudes|competenze|competências)\s*:/i;
// the kind label on a Featured card
const featuredKind =
  /^(?:post|link|article|document|newsletter|video|image|beitrag|artikel|dokument|publication|lien|document|publicación|enlace|artículo|documento|articolo|collegamento|publicação|artigo)$/i;

/** each entry's lines: signed-in entities first, else list items or repeated blocks in reading order */
function entries(section: Element): { element: Element; lines: string[] }[] {
  const entities = signedInEntities(section);
  const found =
    entities.size > 0
      ? signedInHeaders(section, entities).map(({ element, header }) => ({
          element,
          lines: header,
        }))
      : sectionItems(section).map((element) => ({ element, lines: contentLines(element) }));
  return found.filter((entry) => entry.lines.length > 0).slice(0, maxEntries);
}

const short = (line: string): string | null => {
  const value = unmasked(fold(line));
  return value && value.length <= maxLine ? value : null;
};

/** "Agile at Work" / "LinkedIn" / "Issued Aug 2022 · Expires Aug 2025" / "Credential ID 123" */
export function readCertifications(section: Element | null): Certification[] {
  if (!section) return [];
  const read: Certification[] = [];
  for (const { lines } of entries(section)) {
    const [first, ...rest] = lines;
    const name = short(first ?? '');
    if (!name) continue;
    let issuer: string | null = null;
    let issued: string | null = null;
    for (const line of rest) {
      if (credential.test(line) || skillsLine.test(line)) continue;
      if (issuedWord.test(line) || looksLikeDates(line)) issued ??= parseMonthYear(line);
      else issuer ??= short(line);
    }
    read.push({ name, issuer, issued });
  }
  return read;
}

/** "Idea Cup 2019" / "Issued by Venture Cup · Dec 2019" (signed in) or "/ Venture Cup / Dec 2019" (guest) */
export function readHonors(section: Element | null): Honor[] {
  if (!section) return [];
  const read: Honor[] = [];
  for (const { lines } of entries(section)) {
    const [first, ...rest] = lines;
    const title = short(first ?? '');
    if (!title) continue;
    let issuer: string | null = null;
    let date: string | null = null;
    for (const line of rest) {
      if (associated.test(line) || skillsLine.test(line)) continue;
      if (issuedBy.test(line)) {
        const [by, ...when] = line.replace(issuedBy, '').split(' · ');
        issuer ??= short(by ?? '');
        date ??= parseMonthYear(when.join(' · '));
      } else if (looksLikeDates(line)) date ??= parseMonthYear(line);
      else if (issuer === null && date === null) issuer = short(line);
    }
    read.push({ title, issuer, date });
  }
  return read;
}

/** each Featured card: its first line that is not the kind label, and the link the card opens */
export function readFeatured(section: Element | null, base: string): FeaturedItem[] {
  if (!section) return [];
  const read: FeaturedItem[] = [];
  const seen = new Set<Element>();
  for (const { element, lines } of entries(section)) {
    if (seen.has(element)) continue;
    seen.add(element);
    const line = lines.find((text) => !featuredKind.test(text));
    const title = line ? (unmasked(fold(line))?.slice(0, 300) ?? null) : null;
    const anchor = element.matches('a[href]') ? element : element.querySelector('a[href]');
    const url = unwrapLinkedinUrl(anchor?.getAttribute('href'), base);
    if (!title && !url) continue;
    read.push({ title, url: url && url.length <= 2_048 ? url : null });
  }
  return read;
}
