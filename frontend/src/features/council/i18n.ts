import i18n from '@/lib/i18n';
import en from './locales/en.json';
import ja from './locales/ja.json';

// The council pages' texts load with those pages, not with every first visit.
i18n.addResourceBundle('ja', 'translation', ja, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
