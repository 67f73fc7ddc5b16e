/**
 * The standalone bundle for a `<script type="module">` tag: every element registered, with Lit
 * and the dataset inside. Loading it twice is harmless.
 */
export * from './index.js';
