// @peculiar/x509 resolves its algorithms with tsyringe, which needs the Reflect metadata API at
// load time. Import this module before @peculiar/x509: as a module of its own it is evaluated
// first, also once esbuild has hoisted the bundle's modules.
import 'reflect-metadata';
