import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/**
 * The one search box in the header: it opens /search?q=…, where the plan, the published opinions
 * and the council records are searched at once. It shows the words being searched on that page.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname === '/search' ? new URLSearchParams(location.search).get('q') ?? '' : '';
  const [q, setQ] = useState(current);
  useEffect(() => setQ(current), [current]);
  return (
    <form role="search" aria-label={t('searchBox.label')} className="flex w-full max-w-md items-stretch gap-2 sm:w-auto"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) void navigate(`/search?q=${encodeURIComponent(q.trim())}`);
      }}>
      <label htmlFor={id} className="sr-only">{t('searchBox.label')}</label>
      <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('searchBox.placeholder')}
        className="min-h-11 min-w-0 flex-1 rounded-8 border border-solid-gray-600 bg-white px-3 text-std-16N-170" />
      <button type="submit" className="btn-primary min-h-11 px-4 py-2">{t('searchBox.submit')}</button>
    </form>
  );
}
