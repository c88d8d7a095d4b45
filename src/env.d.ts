/** The report model and configuration, served to pages by src/integration/reportModel.ts. */
declare module 'virtual:cdi/model' {
  export const model: import('./engine/compute/model.ts').Site;
  export const config: import('./config.ts').Config;
}
