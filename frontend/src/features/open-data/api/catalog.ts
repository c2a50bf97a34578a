import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

type LangText = { '@value': string; '@language'?: string };
type Ref = { '@id': string };

export interface Distribution { format: string; mediaType: string; href: string }
export interface Dataset { id: string; title: LangText[]; description: LangText[]; keywords: LangText[]; distributions: Distribution[] }
export interface Catalog { title: LangText[]; license?: string; datasets: Dataset[]; apiDescription?: string }

/** The text in the reader's language, else Japanese (the catalog's default). */
export function pick(texts: LangText[] | undefined, lang: string): { text: string; lang: string } | undefined {
  const list = texts ?? [];
  const found = list.find((t) => t['@language'] === lang) ?? list.find((t) => t['@language'] === 'ja') ?? list[0];
  return found && { text: found['@value'], lang: found['@language'] ?? 'ja' };
}

/** The catalog names absolute URLs of the host it was asked on; links stay on this site's origin. */
function local(ref: Ref | undefined): string {
  if (!ref) return '';
  const url = new URL(ref['@id'], globalThis.location?.origin);
  return url.origin === globalThis.location?.origin || url.hostname === 'localhost' ? url.pathname + url.search : url.href;
}

const list = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Reads the DCAT JSON-LD the gateway publishes (its OpenAPI types the body only as JSON-LD; asked for as such). */
export function readCatalog(doc: Record<string, unknown>): Catalog {
  const datasets = list(doc['dcat:dataset'] as Record<string, unknown>[]).map((d) => ({
    id: String(d['dct:identifier'] ?? d['@id']),
    title: list(d['dct:title'] as LangText[]),
    description: list(d['dct:description'] as LangText[]),
    keywords: list(d['dcat:keyword'] as LangText[]),
    distributions: list(d['dcat:distribution'] as Record<string, unknown>[]).map((x) => ({
      format: String(x['dct:format'] ?? ''),
      mediaType: String(x['dcat:mediaType'] ?? ''),
      href: local((x['dcat:downloadURL'] ?? x['dcat:accessURL']) as Ref),
    })),
  }));
  const service = list(doc['dcat:service'] as Record<string, unknown>[])[0];
  return {
    title: list(doc['dct:title'] as LangText[]),
    license: (doc['dct:license'] as Ref | undefined)?.['@id'],
    datasets,
    apiDescription: service ? local(service['dcat:endpointDescription'] as Ref) : undefined,
  };
}

export function useCatalog() {
  return useQuery({
    queryKey: ['opendata', 'catalog'],
    queryFn: async ({ signal }) =>
      readCatalog(unwrap(await api.GET('/opendata/catalog.jsonld', { parseAs: 'json', headers: { Accept: 'application/ld+json' }, signal })) as Record<string, unknown>),
  });
}
