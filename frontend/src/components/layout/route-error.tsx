import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main" className="mx-auto max-w-3xl p-6">
      <h1 className="text-std-28B-150">{t('common.error')}</h1>
      <p className="mt-4">
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </main>
  );
}
