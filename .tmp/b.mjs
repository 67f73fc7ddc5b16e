import { build } from 'vite';
const out = await build({ configFile: false, logLevel: 'silent', mode: 'production', resolve: { conditions: ['module','browser','production'] },
 build: { write: false, target: 'es2022', modulePreload: false, lib: { entry: process.argv[2], formats: ['es'], fileName: 'bundle' }, rolldownOptions: { output: { minify: false } } } });
const chunks = (Array.isArray(out)?out:[out]).flatMap(o=>o.output).filter(c=>c.type==='chunk');
const entry = chunks.find(c=>c.isEntry);
(await import('node:fs')).writeFileSync('/tmp/entry.js', entry.code);
