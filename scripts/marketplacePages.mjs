// The marketplace pages: real pictures of the panel (data: URLs from scripts/screenshots.mjs) set on a page
// of their own, in DatoCMS's light look. Only system fonts: nothing is fetched.

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const BASE_CSS = `
  * { box-sizing: border-box; }
  html, body { margin: 0; height: 100%; }
  body {
    font-family: ${FONT};
    color: rgb(52, 54, 58);
    background: linear-gradient(135deg, #f6f8fc 0%, #e6edfc 100%);
  }
  .card {
    background: #fff;
    border-radius: 8px;
    box-shadow: 0 12px 40px rgba(24, 43, 91, 0.18);
    overflow: hidden;
    width: max-content;
  }
  .card header {
    padding: 12px 20px;
    background: rgb(245, 245, 245);
    border-bottom: 1px solid rgb(240, 240, 240);
    font-weight: 500;
    font-size: 15px;
  }
  .card img { display: block; }
  .eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 14px; font-weight: 600; color: rgb(60, 108, 227); }
`;

/** A sidebar panel as DatoCMS draws it: its title bar, then the plugin's frame. */
function panel(src, alt) {
  return `<div class="card"><header>Unpublish locales</header><img src="${src}" alt="${alt}"></div>`;
}

const POINTS = [
  'Pick exactly the locales to take offline; the others stay live',
  'Or plan it for later, in the project’s time zone',
  'Records below a tree record: shown, then one clear action',
];

/** 1200×800: what the plugin is, next to the panel itself. */
export function coverPage(shots) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${BASE_CSS}
    main { display: grid; grid-template-columns: 520px 1fr; height: 100%; }
    .pitch { padding: 96px 40px 0 72px; }
    h1 { font-size: 56px; line-height: 1.05; margin: 16px 0 24px; letter-spacing: -0.02em; }
    .lead { font-size: 22px; line-height: 1.4; margin: 0 0 32px; color: rgb(80, 82, 88); }
    ul { list-style: none; padding: 0; margin: 0; font-size: 18px; line-height: 1.4; }
    li { display: flex; gap: 12px; margin-bottom: 16px; }
    li::before { content: '✓'; color: rgb(45, 125, 0); font-weight: 700; }
    .stage { position: relative; }
    .stage > div { position: absolute; }
    .first { left: 0; top: 72px; z-index: 1; }
    .second { left: 300px; top: 160px; }
  </style></head><body><main>
    <section class="pitch">
      <div class="eyebrow">DatoCMS plugin</div>
      <h1>Selective Unpublish</h1>
      <p class="lead">Take the locales you choose offline, now or at a planned time, from the record’s sidebar.</p>
      <ul>${POINTS.map((point) => `<li>${point}</li>`).join('')}</ul>
    </section>
    <section class="stage">
      <div class="first">${panel(shots['panel-italian-picked'], 'Italian picked, ready to unpublish')}</div>
      <div class="second">${panel(shots['panel-plan'], 'A planned unpublishing of Italian')}</div>
    </section>
  </main></body></html>`;
}

/** 1600×1000: three moments of the panel, each with what it shows. */
export function previewPage(shots) {
  const columns = [
    ['panel-italian-picked', 'Pick the locales to take offline', 'Live locales first; the others wait behind one line.'],
    ['panel-plan', 'Or plan it for later', 'Read in the project’s time zone; change or cancel it any time.'],
    ['panel-tree-refusal', 'Tree records', 'The published records below it, as a tree, and one way forward.'],
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${BASE_CSS}
    body { padding: 56px 72px; }
    h1 { font-size: 40px; margin: 8px 0 40px; letter-spacing: -0.01em; }
    .columns { display: grid; grid-template-columns: repeat(3, 1fr); gap: 48px; align-items: start; }
    h2 { font-size: 22px; margin: 0 0 6px; }
    p { margin: 0 0 20px; font-size: 16px; color: rgb(80, 82, 88); min-height: 44px; }
  </style></head><body>
    <div class="eyebrow">Selective Unpublish for DatoCMS</div>
    <h1>Unpublish some locales, keep the others live</h1>
    <div class="columns">${columns
      .map(([shot, title, text]) => `<section><h2>${title}</h2><p>${text}</p>${panel(shots[shot], title)}</section>`)
      .join('')}</div>
  </body></html>`;
}
