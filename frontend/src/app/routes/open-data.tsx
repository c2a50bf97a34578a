import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/ui/status';
import { pick, useCatalog } from '@/features/open-data/api/catalog';
import { usePageTitle } from '@/lib/use-page-title';

export default function OpenDataPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('openData.title'));
  const catalog = useCatalog();
  const lang = i18n.language;
  return (
    <div className="space-y-8">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('openData.title')}</h1>
      <p>{t('openData.lead')}</p>
      <section aria-labelledby="api-h" className="rounded-8 bg-blue-50 p-4">
        <h2 id="api-h" className="text-std-20B-150">{t('openData.api')}</h2>
        <p className="mt-2">{t('openData.apiLead')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li><a href="/api/docs">{t('site.apiDocs')}</a></li>
          <li><a href="/api/openapi.json">{t('openData.openapi')}</a></li>
          <li><a href="/opendata/catalog.jsonld">{t('openData.catalog')}</a></li>
        </ul>
      </section>
      <section aria-labelledby="datasets-h">
        <h2 id="datasets-h" className="text-std-24B-150">{t('openData.datasets')}</h2>
        {catalog.isPending && <Loading />}
        {catalog.isError && <LoadError onRetry={() => void catalog.refetch()} />}
        {catalog.data && (
          <>
            {catalog.data.license && (
              <p className="mt-2">
                {t('openData.license')} <a href={catalog.data.license}>CC BY 4.0</a>
              </p>
            )}
            <ul className="mt-4 grid gap-4 md:grid-cols-2">
              {catalog.data.datasets.map((d) => {
                const title = pick(d.title, lang);
                const description = pick(d.description, lang);
                return (
                  <li key={d.id} className="rounded-8 border border-solid-gray-420 p-4">
                    <h3 lang={title?.lang} className="text-std-18B-160">{title?.text}</h3>
                    {description && <p lang={description.lang} className="mt-2">{description.text}</p>}
                    <ul className="mt-3 flex flex-wrap gap-3" aria-label={t('openData.downloads', { title: title?.text })}>
                      {d.distributions.map((x) => (
                        <li key={x.format}>
                          <a className="btn-secondary" href={x.href} download={x.mediaType === 'text/csv' ? '' : undefined}>
                            {x.format}
                            <span className="sr-only">（{title?.text}）</span>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
