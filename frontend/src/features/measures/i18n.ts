import i18n from '@/lib/i18n';
import en from './locales/en.json';
import ja from './locales/ja.json';

// The measures page's texts load with that page, not with every first visit.
i18n.addResourceBundle('ja', 'translation', ja, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
