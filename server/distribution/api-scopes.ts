/** What an API key may read: one scope per resource of the content API (/api/v1). */
export const API_SCOPES = {
  articles: 'Articles (JSON and ninjs)',
  sections: 'Sections',
  tags: 'Tags',
  authors: 'Authors',
} as const;
export type ApiScope = keyof typeof API_SCOPES;
export const API_SCOPE_LIST = Object.keys(API_SCOPES) as [ApiScope, ...ApiScope[]];
