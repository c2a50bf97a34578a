import { ApiError } from './api-client';
import { problemFieldErrors } from './problem-fields';

describe('problemFieldErrors', () => {
  it('puts each known field beside its field, without a leading field name, and the rest apart', () => {
    const error = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'key', message: 'key: 半角英小文字・数字・ハイフンで入力してください / use a-z, 0-9 and hyphens' },
        { field: 'title', message: '見出しを入力してください / enter a heading' },
        { field: 'lockVersion', message: 'lockVersion: 読み込んだ時点の版 (lockVersion) を送ってください / send the lockVersion you read' },
      ],
    });
    expect(problemFieldErrors(error, ['key', 'title'], 'ja')).toEqual({
      fields: { key: '半角英小文字・数字・ハイフンで入力してください', title: '見出しを入力してください' },
      other: ['lockVersion: 読み込んだ時点の版 (lockVersion) を送ってください'],
    });
    expect(problemFieldErrors(error, ['key', 'title'], 'en').fields).toEqual({ key: 'use a-z, 0-9 and hyphens', title: 'enter a heading' });
  });

  it('gives nothing for an error that is not a 400', () => {
    expect(problemFieldErrors(new ApiError(409, { status: 409 }), ['title'], 'ja')).toEqual({ fields: {}, other: [] });
  });
});
