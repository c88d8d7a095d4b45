/** The report model and configuration, served to pages by src/integration/reportModel.ts. */
declare module 'virtual:cdi/model' {
  export const model: import('./engine/compute/model.ts').Site;
  export const config: import('./config.ts').Config;
  /** The site's addresses under the configured base path (src/routes.ts). */
  export const routes: import('./routes.ts').SiteRoutes;
}
