/**
 * Helper for pages that used `withSSRContext({ req })` in Amplify v5.
 * Amplify.configure({ ...config, ssr: true }) lives in _app.
 */
export const SSR_NOTE = 'see docs';
