/**
 * A button's words: short on screen where the card around it already says what it acts on, and in
 * full for assistive technology (which lists buttons out of context), e.g. 「編集する」 read as
 * 施策「…」を編集.
 */
export function ActionLabel({ short, full }: { short: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{short}</span>
      <span className="sr-only">{full}</span>
    </>
  );
}
