// The community's theme stylesheet, made from site.yaml by src/integrations/theme.ts.
declare module 'virtual:circles/theme.css';
