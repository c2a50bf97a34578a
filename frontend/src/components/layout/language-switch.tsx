import { useTranslation } from 'react-i18next';

const CHOICES = [
  { lng: 'ja', label: '日本語' },
  { lng: 'en', label: 'English' },
] as const;

/** Each choice is written in its own language (and marked so), so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('site.language')} className="flex gap-1">
      {CHOICES.map(({ lng, label }) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={i18n.language === lng}
          onClick={() => void i18n.changeLanguage(lng)}
          className={`min-h-11 rounded-6 border px-3 text-std-16N-170 ${
            i18n.language === lng ? 'border-blue-900 bg-blue-900 text-white' : 'border-solid-gray-420 bg-white text-solid-gray-900 hover:bg-solid-gray-50'
          }`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
