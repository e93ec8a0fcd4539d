// units of time the domain shares (settings, the shortlist, the fit): one definition

export const DAY_MS = 86_400_000;
