import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const out = await build({ configFile: false, logLevel: 'silent', mode: 'production', resolve: { conditions: ['module','browser','production'] },
 build: { write: false, target: 'es2022', modulePreload: false, lib: { entry: process.argv[2], formats: ['es'], fileName: 'bundle' }, plugins: [], rolldownOptions: { treeshake: { propertyWriteSideEffects: false }, output: { minify: true } } } });
const chunks = (Array.isArray(out)?out:[out]).flatMap(o=>o.output).filter(c=>c.type==='chunk');
const e = chunks.find(c=>c.isEntry);
console.log('entry', e.code.length, gzipSync(e.code,{level:9}).length);
const rows = Object.entries(e.modules).map(([k,m])=>[m.renderedLength, m.code ? gzipSync(m.code,{level:9}).length : 0, k.replace(/.*node_modules\//,'nm/').replace(/.*wt-loader\//,'')]).sort((a,b)=>b[0]-a[0]);
for (const r of rows.slice(0, 45)) console.log(r.join('\t'));
