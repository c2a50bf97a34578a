import en from '@/locales/en/staff.json';
import ja from '@/locales/ja/staff.json';
import i18n from './i18n';

// The staff console's texts load with the console's code, so residents' first load never carries them.
i18n.addResourceBundle('ja', 'translation', ja, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
