/**
 * What `findSetupModules` looks for in a file's text before it parses the file. A reader in another thread
 * reports which of them each file holds (`FileStore.learnContents`), so that the scan need not read it again.
 */
export const SETUP_MODULE_NEEDLES = ['withSSRContext', 'createServerRunner', 'use client', '.configure('] as const;

export type SetupModuleNeedle = (typeof SETUP_MODULE_NEEDLES)[number];
