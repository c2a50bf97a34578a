/**
 * Who may send an opinion under Kanazawa's public-comment procedure. A consultation served by
 * comment-service names its own; these are the procedure's usual categories for the draft until then.
 */
export const DEFAULT_ELIGIBILITIES = ['resident', 'office', 'worker', 'student', 'stakeholder'] as const;
