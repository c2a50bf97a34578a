import { ApiError } from '@/lib/api-client';

/**
 * meeting-service's 409 names only the lockVersion it holds now; the console shows the whole record
 * beside the conflict, so it is read again and carried on the error as `current`, as plan-service
 * sends it (useFormFailure reads it there).
 */
export async function withCurrent<T>(save: () => Promise<T>, current: () => Promise<unknown>): Promise<T> {
  try {
    return await save();
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 409) throw e;
    const now = await current().catch(() => undefined);
    throw new ApiError(409, { ...e.problem, current: now ?? e.problem?.current }, e.retryAfter);
  }
}
