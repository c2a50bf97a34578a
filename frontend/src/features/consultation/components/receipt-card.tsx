import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { warekiDateTime } from '@/lib/wareki';
import type { SubmissionReceipt } from '../api/consultations';

/**
 * The receipt number and check code, large and side by side, focused when shown so a screen reader
 * reads them first. The check code is never shown again, so the card says to write both down.
 */
export function ReceiptCard({ receipt }: { receipt: SubmissionReceipt }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="receipt-h" className="space-y-4 rounded-8 border-4 border-green-900 bg-green-50 p-4 md:p-6">
      <h2 id="receipt-h" ref={heading} tabIndex={-1} className="text-std-24B-150">{t('receipt.thanks')}</h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-8 border border-solid-gray-420 bg-white p-4">
          <dt className="font-bold">{t('receipt.number')}</dt>
          <dd className="mt-1 break-all font-mono text-std-28B-150" data-testid="receipt-number">{receipt.receipt}</dd>
        </div>
        <div className="rounded-8 border border-solid-gray-420 bg-white p-4">
          <dt className="font-bold">{t('receipt.checkCode')}</dt>
          <dd className="mt-1 break-all font-mono text-std-28B-150" data-testid="check-code">{receipt.checkCode}</dd>
        </div>
      </dl>
      {receipt.receivedAt && <p>{t('receipt.receivedAt')}: {warekiDateTime(receipt.receivedAt)}</p>}
      <p className="rounded-8 border-2 border-orange-900 bg-white p-4 font-bold">{t('receipt.noteThem')}</p>
      <p>
        <Link to="/receipts">{t('receipt.lookUpLink')}</Link>
      </p>
    </section>
  );
}
