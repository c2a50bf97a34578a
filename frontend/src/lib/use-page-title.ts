import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page names itself in the tab title (WCAG 2.4.2), followed by the site name. */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    if (title) document.title = `${title} | ${t('site.name')}`;
  }, [title, t]);
}
