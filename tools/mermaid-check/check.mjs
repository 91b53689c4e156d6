#!/usr/bin/env node
// Parses and renders every ```mermaid block of every .md file under a folder with the official
// mermaid package, in Debian's headless Chromium, and fails naming the file and the error.
// Usage: node check.mjs <folder>   (exit 0: all rendered; 1: a diagram failed; 2: cannot run)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const HERE = dirname(fileURLToPath(import.meta.url));
const MERMAID = join(HERE, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

function fail(code, message) {
  console.error(`mermaid-check: ${message}`);
  process.exit(code);
}

/** Every .md file below the folder, sorted, so the report is the same on every run. */
function markdownFiles(folder) {
  const files = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      files.push(...markdownFiles(path));
    } else if (name.endsWith('.md')) {
      files.push(path);
    }
  }
  return files;
}

/** The ```mermaid blocks of a Markdown text, each with the line its fence opens on. */
function mermaidBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*mermaid\s*$/.exec(lines[i]);
    if (!open) {
      continue;
    }
    const fence = open[1];
    const body = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[j])) {
      body.push(lines[j]);
      j++;
    }
    blocks.push({ line: i + 1, source: body.join('\n') });
    i = j;
  }
  return blocks;
}

const folder = process.argv[2];
if (!folder) {
  fail(2, 'usage: node check.mjs <folder with .md files>');
}
const root = resolve(folder);
try {
  statSync(root);
} catch {
  fail(2, `no folder ${root}`);
}
try {
  statSync(CHROMIUM);
} catch {
  fail(2, `no Chromium at ${CHROMIUM}; install Debian's package: apt-get install -y chromium (or run .ci/tools.sh)`);
}
try {
  statSync(MERMAID);
} catch {
  fail(2, `no ${MERMAID}; run npm ci in ${HERE} (or .ci/tools.sh)`);
}

const diagrams = [];
for (const file of markdownFiles(root)) {
  for (const block of mermaidBlocks(readFileSync(file, 'utf8'))) {
    diagrams.push({ file: relative(root, file), line: block.line, source: block.source });
  }
}
if (diagrams.length === 0) {
  fail(1, `no \`\`\`mermaid block in any .md file under ${root}`);
}

// A fresh profile each run: nothing from an earlier run or another browser can leak in.
const profile = mkdtempSync(join(tmpdir(), 'mermaid-check-'));
const page = join(profile, 'check.html');
writeFileSync(page, `<!doctype html><meta charset="utf-8"><body><script src="${pathToFileURL(MERMAID)}"></script></body>`);
let context;
try {
  context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const tab = context.pages()[0] ?? await context.newPage();
  await tab.goto(pathToFileURL(page).href);
  const results = await tab.evaluate(async (sources) => {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const out = [];
    for (let i = 0; i < sources.length; i++) {
      try {
        await window.mermaid.parse(sources[i]);
        const { svg } = await window.mermaid.render(`diagram${i}`, sources[i]);
        out.push(svg.includes('<svg') ? null : 'rendering gave no SVG');
      } catch (error) {
        out.push(String(error && error.message ? error.message : error));
      }
    }
    return out;
  }, diagrams.map((d) => d.source));
  let failed = 0;
  results.forEach((error, i) => {
    if (error) {
      failed++;
      console.error(`${diagrams[i].file}:${diagrams[i].line}: ${error}`);
    }
  });
  if (failed > 0) {
    console.error(`mermaid-check: ${failed} of ${diagrams.length} diagrams failed`);
    process.exitCode = 1;
  } else {
    console.log(`mermaid-check: ${diagrams.length} diagrams in ${new Set(diagrams.map((d) => d.file)).size} files parse and render`);
  }
} catch (error) {
  console.error(`mermaid-check: cannot run Chromium or mermaid: ${error.message}`);
  process.exitCode = 2;
} finally {
  if (context) {
    await context.close();
  }
  rmSync(profile, { recursive: true, force: true });
}
