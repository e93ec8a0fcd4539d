import { concepts } from '@/utils/fit/concepts';

/** what the fit recognises, offered as suggestions while typing */
export const roleSuggestions: string[] = concepts.filter((c) => c.role).map((c) => c.label);
export const topicSuggestions: string[] = concepts.filter((c) => !c.role).map((c) => c.label);
