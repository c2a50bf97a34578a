import { ApiError } from './api-client';
import { problemFieldErrors } from './problem-fields';

describe('problemFieldErrors', () => {
  it('puts each known field beside its field, without a leading field name, and the rest apart', () => {
    const error = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'key', message: 'key: 半角英小文字・数字・ハイフンで入力してください' },
        { field: 'title', message: '見出しを入力してください' },
        { field: 'lockVersion', message: 'lockVersion: 読み込んだ時点の版 (lockVersion) を送ってください' },
      ],
    });
    expect(problemFieldErrors(error, ['key', 'title'], 'ja')).toEqual({
      fields: { key: '半角英小文字・数字・ハイフンで入力してください', title: '見出しを入力してください' },
      other: ['lockVersion: 読み込んだ時点の版 (lockVersion) を送ってください'],
    });
  });

  it('gives nothing for an error that is not a 400', () => {
    expect(problemFieldErrors(new ApiError(409, { status: 409 }), ['title'], 'ja')).toEqual({ fields: {}, other: [] });
  });
});
