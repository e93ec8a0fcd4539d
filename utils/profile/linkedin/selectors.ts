/**
 * every CSS selector the LinkedIn extractor uses, one place, a comment per markup variant.
 * 2026 signed-in pages hash their class names on every deploy: nothing here relies on those;
 * they are found through attributes LinkedIn sets for its own components, landmarks and headings.
 * Guest (signed-out) and 2022/2024 signed-in classes are readable names that have held for years.
 */
export const selectors = {
  /** the viewed person's top card, most specific first */
  topCard: [
    // 2026 signed-in: server-driven UI component key ends with "Topcard"
    'section[componentkey$="Topcard"]',
    // 2022 signed-in
    'section.pv-top-card',
    // 2018 signed-in (legacy)
    'section.pv-top-card-section',
    // guest 2023–2026
    'section.top-card-layout',
  ],
  /** 2022/2024 signed-in headline, right under the name */
  headline: ['.text-body-medium', '.top-card-layout__headline', '.pv-top-card-section__headline'],
  /** guest top card lines: location, followers, connections */
  guestSubline: '.top-card-layout__first-subline',
  /** guest current employer link in the top card (2023–2026) */
  guestCurrentCompany: [
    'a[data-tracking-control-name$="topcard-current-company"]',
    '[data-section="currentPositionsDetails"] .top-card-link__description',
  ],
  /** guest and signed-in website links the person lists */
  websiteLinks: [
    // guest 2023–2026 websites block in the top card
    '[data-section="websites"] a[href]',
    'a[data-tracking-control-name*="topcard-website"]',
    // guest 2023 websites dropdown
    'a[data-tracking-control-name="public_profile_website"]',
    // signed-in 2026 "Visit my website" button; 2022/2024 contact info overlay when open
    'a[href*="/safety/go/"]',
    'a[href*="/redir/redirect"]',
    'section.pv-contact-info__contact-type a[href]',
  ],
  /** structured data */
  jsonLd: 'script[type="application/ld+json"]',
  embeddedJson: 'code',
  /** 2022/2024 signed-in list entries: one per role, school, skill */
  signedInEntity: [
    // 2024
    '[data-view-name="profile-component-entity"]',
    // 2022
    '.pvs-entity',
  ].join(', '),
  /** guest list entries */
  guestExperienceItem: 'li.experience-item, li.experience-group-position',
  guestExperienceGroupHeader: '.experience-group-header__company',
  guestEducationItem: 'li.education__list-item',
  guestTitle: '.experience-item__title, .profile-section-card__title, h3',
  guestSubtitle: '.experience-item__subtitle, .profile-section-card__subtitle, h4',
  guestDescription: [
    '.show-more-less-text__text--more',
    '.show-more-less-text__text--less',
    '.experience-item__description',
  ],
  guestLocation: '.experience-item__location',
  guestMetaItem: '.experience-item__meta-item',
  dateRange: '.date-range',
  /** modals and menus hold sign-in prompts and other people's names, never profile data */
  ignoredContainers: '[role="dialog"], [role="menu"], aside, nav, header',
  /** pages that are not profiles */
  notFound: ['.page-not-found__headline', '.not-found__headline', 'main.not-found'],
  loginForm: [
    'form[action*="login"]',
    'input[name="session_key"]',
    '#session_key',
    'form.join-form',
  ],
} as const;

/** headings of the sections the extractor reads, all families */
export const sectionNames = {
  about: /^(?:about|summary)$/i,
  experience: /^experience$/i,
  education: /^education$/i,
  skills: /^skills$/i,
  projects: /^projects$/i,
  certifications: /^licenses (?:&|and) certifications$|^certifications$/i,
  highlights: /^highlights$/i,
  activity: /^(?:activity|posts|articles by .+|recent activity)$/i,
  featured: /^featured$/i,
  honors: /^honors (?:&|and) awards$/i,
} as const;

/** guest sections carry data-section attributes; used when the heading is missing or translated */
export const guestSectionKeys: Partial<Record<keyof typeof sectionNames, string>> = {
  about: 'summary',
  experience: 'experience',
  education: 'educationsDetails',
  skills: 'skills',
  projects: 'projects',
  certifications: 'certifications',
  activity: 'posts',
  honors: 'honors-and-awards',
};
