import i18n from '@/lib/i18n';
import en from './locales/en.json';
import ja from './locales/ja.json';

// The results page's texts load with that page; the header's box uses the shell's own few words.
i18n.addResourceBundle('ja', 'translation', ja, true, true);
i18n.addResourceBundle('en', 'translation', en, true, true);
