// every selector the github extractor uses, in one place (in the spirit of refined-github's selectors.ts).
// each entry is a list of variants, newest markup first, with the years it was served;
// `selectorPages` below says on which saved pages each entry must match (checked by selectors.test.ts).
// todo(2027-01): drop the 2012–2015 variants if legacy pages stop mattering.

/** the person's card: everything about them is read inside it */
export const profileRoot = [
  // 2016–2026: <div class="h-card" itemscope itemtype="http://schema.org/Person">
  '.h-card',
  // 2012–2015: <div class="vcard" itemscope itemtype="http://schema.org/Person">, or a bare itemscope wrapper
  '[itemscope][itemtype$="schema.org/Person"]',
] as const;

/** display name, inside profileRoot */
export const name = [
  // 2016–2026: <span class="p-name vcard-fullname" itemprop="name">
  '.p-name',
  // 2014–2015: <span class="vcard-fullname" itemprop="name">
  '.vcard-fullname',
  // 2012: <span itemprop="name">
  '[itemprop="name"]',
] as const;

/** login as shown, inside profileRoot */
export const nickname = [
  // 2016–2026: <span class="p-nickname vcard-username" itemprop="additionalName">
  '.p-nickname',
  // 2014–2015: <span class="vcard-username" itemprop="additionalName">
  '.vcard-username',
  // 2012: <span itemprop="additionalName" class="username">
  '[itemprop="additionalName"]',
] as const;

/** bio, inside profileRoot; the data-bio-text attribute (2022–2026) holds the raw text */
export const bio = [
  // 2016–2026: <div class="p-note user-profile-bio js-user-profile-bio" data-bio-text="...">
  '.p-note',
  // 2016–2026 without the microformat class
  '.user-profile-bio',
  // by meaning when the classes change: the element that carries the raw bio text
  '[data-bio-text]',
] as const;

/** company, inside profileRoot */
export const company = [
  // 2016–2026: <li itemprop="worksFor"><svg/><span class="p-org"><div>@lumenai</div></span></li>
  '[itemprop="worksFor"] .p-org',
  // 2014–2015: <li class="vcard-detail" itemprop="worksFor"><span class="octicon"></span>Acme</li>
  '[itemprop="worksFor"]',
] as const;

/** home location, inside profileRoot */
export const location = [
  // 2016–2026: <li itemprop="homeLocation"><svg/><span class="p-label">Lagos, Nigeria</span></li>
  '[itemprop="homeLocation"] .p-label',
  // 2014–2015: <li class="vcard-detail" itemprop="homeLocation">...text</li>
  '[itemprop="homeLocation"]',
] as const;

/** the email the person chose to publish on their card, inside profileRoot */
export const email = [
  // 2016–2026: <li itemprop="email"><a class="u-email" href="mailto:...">
  '[itemprop="email"] a[href^="mailto:"]',
  'a.u-email[href^="mailto:"]',
  // 2014–2015: <li class="vcard-detail"><a class="email" href="mailto:...">
  '.vcard-detail a.email[href^="mailto:"]',
] as const;

/** website and social accounts, inside profileRoot; every variant is read (not just the first) */
export const vcardLinks = [
  // 2014–2026: <li itemprop="url" data-test-selector="profile-website-url"><a rel="nofollow me" href>
  '[itemprop="url"] a[href]',
  // 2023–2026: <li itemprop="social"><a rel="nofollow me" href="https://www.linkedin.com/in/...">
  '[itemprop="social"] a[href]',
  // 2020–2022: <li itemprop="twitter"><a href="https://twitter.com/...">
  '[itemprop="twitter"] a[href]',
] as const;

/** followers count; document-wide because the 2017–2019 tab counters sit outside the card */
export const followers = [
  // 2020–2026: <a href="...?tab=followers"><svg/><span class="text-bold">1.2k</span> followers</a>
  '.js-profile-editable-area a[href*="tab=followers"] .text-bold',
  '.h-card a[href*="tab=followers"] .text-bold',
  // 2017–2019: <a class="UnderlineNav-item" href="/login?tab=followers">Followers <span class="Counter">6</span>
  '.UnderlineNav-item[href*="tab=followers"] .Counter',
  // 2014–2016: <a class="vcard-stat" href="/login/followers"><strong class="vcard-stat-count">7</strong>
  '.vcard-stats a[href$="/followers"] .vcard-stat-count',
  // 2012: <ul class="stats"><li><a href="/login/followers"><strong>2</strong>
  '.profilecols .stats a[href$="/followers"] strong',
  // by meaning when the classes change: the link to the followers list, "1.2k followers" / "Followers 6"
  'a[href*="tab=followers"]',
  'a[href$="/followers"]',
] as const;

/** following count (2012 is left out: two of its counters share the same link) */
export const following = [
  // 2020–2026
  '.js-profile-editable-area a[href*="tab=following"] .text-bold',
  '.h-card a[href*="tab=following"] .text-bold',
  // 2017–2019
  '.UnderlineNav-item[href*="tab=following"] .Counter',
  // 2014–2016
  '.vcard-stats a[href$="/following"] .vcard-stat-count',
  // by meaning when the classes change: the link to the following list
  'a[href*="tab=following"]',
] as const;

/** the pinned (or, without pins, popular) repositories box */
export const repoSection = [
  // 2019–2026: <div class="js-pinned-items-reorder-container"><h2>Pinned</h2><ol>...
  '.js-pinned-items-reorder-container',
  // 2016–2018: <div class="js-pinned-repos-reorder-container"><h2>Popular repositories</h2>
  '.js-pinned-repos-reorder-container',
  // 2014–2015: <div class="popular-repos"><div class="boxed-group"><h3>Popular repositories</h3>
  '.popular-repos .boxed-group',
] as const;

/** one repository card, inside repoSection */
export const repoItem = [
  // 2019–2026: <div class="Box pinned-item-list-item">
  '.pinned-item-list-item',
  // 2016–2018: <li class="pinned-repo-item">
  '.pinned-repo-item',
  // 2014–2015: <a class="mini-repo-list-item">
  '.mini-repo-list-item',
] as const;

/** inside repoItem */
export const repoName = [
  // 2015–2026: <span class="repo" title="tiny-llm">tiny-llm</span>
  '.repo',
] as const;
export const repoOwner = [
  // 2015–2026, pins of someone else's repository: <span class="owner">lumenai</span>/<span class="repo">
  '.owner',
] as const;
export const repoDescription = [
  // 2019–2026
  '.pinned-item-desc',
  // 2016–2018
  '.pinned-repo-desc',
  // 2014–2015
  '.repo-description',
] as const;
export const repoLanguage = [
  // 2019–2026: <span itemprop="programmingLanguage">Python</span>
  '[itemprop="programmingLanguage"]',
] as const;
/** 2016–2018 has the language as bare text right after this dot */
export const repoLanguageDot = ['.repo-language-color'] as const;
export const repoStars = [
  // 2016–2026: <a href="/login/repo/stargazers" class="pinned-item-meta">2.3k</a>
  'a[href$="/stargazers"]',
  // 2014–2015: <span class="stars">1 <span class="octicon-star"></span></span>
  '.stars',
] as const;
export const repoForks = [
  // 2023–2026
  'a[href$="/forks"]',
  // 2019–2022
  'a[href$="/network/members"]',
  // 2016–2018
  'a[href$="/network"]',
] as const;

/** organisation avatars in the sidebar, inside profileRoot */
export const organizations = [
  // 2016–2026: <a class="avatar-group-item" data-hovercard-type="organization" itemprop="follows" href="/lumenai">
  'a.avatar-group-item[data-hovercard-type="organization"]',
  // 2012–2026: <a itemprop="follows" href="/thoughtbot" title="thoughtbot">
  'a[itemprop="follows"]',
] as const;

/** 2020–2022 activity overview filter, the only place some pages name the person's organisations */
export const organizationFilters = [
  '.js-org-filter-link[href*="org="]',
  // by meaning when the classes change: the overview link scoped to one organisation
  'a[href*="tab=overview"][href*="org="]',
] as const;

/** achievement badges, inside profileRoot */
export const achievements = [
  // 2022–2026: <img class="achievement-badge-sidebar" alt="Achievement: Pull Shark">
  'img.achievement-badge-sidebar[alt]',
  // 2020–2021: <a data-hovercard-type="acv_badge"><img alt="Arctic Code Vault Contributor">
  'a[data-hovercard-type="acv_badge"] img[alt]',
] as const;

/** sidebar section headings (Achievements, Organizations, Sponsors...), inside profileRoot */
export const sidebarHeadings = ['h2'] as const;

/** links that may point to the person's own Sponsors page, inside profileRoot */
export const sponsorLinks = [
  // 2019–2026: <a href="/sponsors/ada-okafor" class="btn">Sponsor</a>, and the card's "Sponsors" section
  'a[href*="/sponsors/"]',
] as const;

/** the profile README */
export const readme = [
  // 2020–2026: <div class="Box"><div class="Box-body"><article class="markdown-body entry-content" itemprop="text">
  'article.markdown-body[itemprop="text"]',
  'article.markdown-body',
  // by meaning when the classes change: the README article keeps its microdata
  'article[itemprop="text"]',
] as const;

/** status message and its emoji, inside profileRoot */
export const statusContainer = [
  // 2019–2026: <div class="js-user-status-container">
  '.js-user-status-container',
  '.user-status-container',
] as const;
export const statusMessage = [
  // 2019–2026: <div class="user-status-message-wrapper"><div><div>Breaking Bug</div></div></div>
  '.user-status-message-wrapper',
] as const;
export const statusEmoji = [
  // 2019–2026: <div class="user-status-emoji-container"><g-emoji alias="beetle">🐞</g-emoji>
  '.user-status-emoji-container g-emoji',
] as const;

/** labels that may read "Available for hire", inside profileRoot */
export const hireableLabels = ['.Label', '.vcard-detail'] as const;

/** the contributions calendar heading, in the page or in the late-loaded fragment */
export const contributions = [
  // 2019–2026: <div class="js-yearly-contributions"><h2 id="js-contribution-activity-description">542 contributions in the last year</h2>
  '.js-yearly-contributions h2',
  // 2023–2026 should the wrapper go: the heading keeps its id
  '#js-contribution-activity-description',
  // 2017–2018: <div class="js-contribution-graph"><h2>11 contributions in the last year</h2>
  '.js-contribution-graph h2',
  // 2014–2015: <div class="contrib-column-first">Contributions in the last year <span>835 total</span>
  '.contrib-column-first',
] as const;
export const contributionsSection = [
  '.js-yearly-contributions',
  '.js-contribution-graph',
  '#contributions-calendar',
  // 2023–2026: the heading keeps its id
  '#js-contribution-activity-description',
  // by meaning when the classes change: the calendar names the list it loads from
  '[data-graph-url$="/contributions"]',
] as const;

/** where the in-page hint goes: right after the names block */
export const hintAnchor = [
  // 2016–2026: <div class="vcard-names-container"><h1 class="vcard-names">
  '.vcard-names-container',
  // 2014–2015: <h1 class="vcard-names">
  '.vcard-names',
  // 2016–2026 when the names block was reshaped: after the bio
  '.h-card .user-profile-bio',
] as const;

/** parts of the card that survive when its wrapper is lost (class-based: itemprop="name" is on repo pages too) */
export const cardParts = [
  // 2016–2026
  '.p-nickname',
  '.p-name',
  // 2014–2015
  '.vcard-username',
  '.vcard-fullname',
] as const;

/** page kinds that are not a user profile */
export const organizationPage = [
  // 2019–2026: <meta name="hovercard-subject-tag" content="organization:9919">
  'meta[name="hovercard-subject-tag"][content^="organization:"]',
  // 2014–2026: <div itemscope itemtype="http://schema.org/Organization">
  '[itemtype$="schema.org/Organization"]',
  // 2016–2022: <div class="orghead">
  '.orghead',
] as const;
export const userPage = [
  // 2019–2026: <meta name="hovercard-subject-tag" content="user:123">
  'meta[name="hovercard-subject-tag"][content^="user:"]',
] as const;
export const notFoundPage = [
  // 2014–2026: the parallax octocat, <img alt="404 “This is not the web page you are looking for”">
  'img[alt^="404"]',
  '#parallax_wrapper',
] as const;
/** where github says an account is suspended or blocked (their wording decides) */
export const flashContainer = [
  // 2014–2026: <div id="js-flash-container"><div class="flash flash-full flash-warn">
  '#js-flash-container',
] as const;
export const unavailableBanners = [
  // 2014–2026: <div class="flash flash-warn">, <div class="flash flash-full flash-error">
  '.flash',
  // 2014–2026: <div class="blankslate"><h3>This account has been suspended.</h3>
  '.blankslate',
] as const;

/** fixture pages on which each entry must match; ids are resolved by tests/utils/profile/github/fixtures.ts */
export const selectorPages: Record<string, readonly string[]> = {
  profileRoot: ['ada', 'sam', 'hostile', 'real-2021', 'real-2018', 'legacy-2015', 'legacy-2012'],
  name: ['ada', 'sam', 'hostile', 'real-2021', 'real-2018', 'legacy-2015', 'legacy-2012'],
  nickname: ['ada', 'sam', 'hostile', 'real-2021', 'real-2018', 'legacy-2015', 'legacy-2012'],
  bio: ['ada', 'sam', 'hostile', 'real-2021'],
  company: ['ada', 'sam', 'real-2018', 'legacy-2015'],
  location: ['ada', 'sam', 'real-2018', 'legacy-2015'],
  email: ['ada', 'legacy-2015'],
  vcardLinks: ['ada', 'sam', 'hostile', 'real-2021', 'real-2018', 'legacy-2015'],
  followers: ['ada', 'sam', 'real-2021', 'real-2018', 'legacy-2015', 'legacy-2012'],
  following: ['ada', 'sam', 'real-2021', 'real-2018', 'legacy-2015'],
  repoSection: ['ada', 'sam', 'hostile', 'real-2021', 'real-2018', 'legacy-2015'],
  repoItem: ['ada', 'sam', 'hostile', 'real-2021', 'real-2018', 'legacy-2015'],
  repoName: ['ada', 'sam', 'real-2021', 'real-2018', 'legacy-2015'],
  repoOwner: ['ada', 'legacy-2015'],
  repoDescription: ['ada', 'sam', 'real-2021', 'real-2018', 'legacy-2015'],
  repoLanguage: ['ada', 'sam', 'real-2021'],
  repoLanguageDot: ['ada', 'real-2021', 'real-2018'],
  repoStars: ['ada', 'sam', 'real-2021', 'real-2018', 'legacy-2015'],
  repoForks: ['ada'],
  organizations: ['ada', 'legacy-2015', 'legacy-2012'],
  organizationFilters: ['real-2021'],
  achievements: ['ada', 'real-2021'],
  sidebarHeadings: ['ada', 'real-2021'],
  sponsorLinks: ['ada'],
  readme: ['ada', 'hostile', 'real-2021'],
  statusContainer: ['ada', 'real-2021'],
  statusMessage: ['ada', 'real-2021'],
  statusEmoji: ['ada', 'real-2021'],
  hireableLabels: [],
  contributions: ['ada', 'sam', 'real-2021', 'real-2018', 'legacy-2015', 'fragment-2026'],
  contributionsSection: ['ada', 'sam', 'real-2021', 'real-2018', 'legacy-2015', 'fragment-2026'],
  hintAnchor: ['ada', 'sam', 'hostile', 'real-2021', 'real-2018', 'legacy-2015'],
  cardParts: ['ada', 'sam', 'hostile', 'real-2021', 'real-2018', 'legacy-2015'],
  organizationPage: ['org'],
  userPage: ['ada', 'sam', 'hostile'],
  notFoundPage: ['not-found'],
  flashContainer: ['real-2021'],
  unavailableBanners: [],
};
