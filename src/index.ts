/**
 * social-outcomes: pure, typed functions that show what adult social care and prevention services
 * achieve. The root entry re-exports the browser-safe modules: `stats`, `change`, `outcomes`,
 * `equity` and `socialvalue`, and the error classes. Node-only parts live in `social-outcomes/io`
 * and `social-outcomes/report`; zod schemas in `social-outcomes/schema`.
 *
 * @packageDocumentation
 */
export * from './errors';
export * from './stats';
export * from './change';
export * from './outcomes';
export * from './equity';
export * from './socialvalue';
