// Cartera build.
//   npm run build                      → dist/: the add-in (production), manifest.xml with production URLs
//   npm run build:dev                  → dist/: the add-in (development), manifest.xml with dev URLs
//   npm run demo                       → http://localhost:3000/ playground (webpack serve --env playground)
// Page entries: the add-in (src/taskpane/index.tsx: the pane on Excel.run, no simulated host; and
// src/commands/commands.ts: the ribbon's function file, commands.html) and,
// with --env playground, the playground (src/playground/index.tsx: the pane beside src/host's workbook).
//   webpack --mode production --env playground → dist/playground/: static playground (used by test:e2e)
//   webpack serve --mode development --env https → https://localhost:3000/ for sideloading in Excel
//                                        (certificates from office-addin-dev-certs, see src/playground/README.md)
// The add-in page loads Office.js from Microsoft's CDN, as AppSource requires; the playground runs
// where that CDN may be unreachable, so it serves the copy from node_modules/@microsoft/office-js.
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Where manifest.xml points during development. */
const DEV_URL = 'https://localhost:3000/';
/** Where the production add-in is hosted: change this (one place) before publishing. */
const PRODUCTION_URL = 'https://cartera.example.com/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = 'office-js/office.js';

/** The manifest with every dev URL replaced by the production one (as the yo office template does). */
function swapManifestUrls(xml, from = DEV_URL, to = PRODUCTION_URL) {
  if (!to.endsWith('/') || !/^https:\/\//.test(to)) throw new Error(`The add-in URL must be https and end in "/": ${to}`);
  return xml.split(from).join(to);
}

const OFFICE_TELEMETRY_URL = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';

/** office.js source with its telemetry endpoint blanked (playground only). */
function withoutOfficeTelemetry(js) {
  return js.split(OFFICE_TELEMETRY_URL).join('about:blank');
}

function page({ title, officeJs, body = '<div id="root"></div>', script = '' }) {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" type="image/png" href="assets/icon-32.png">
${officeJs ? `<script src="${officeJs}"></script>` : ''}
${script}
</head>
<body style="margin:0">${body}</body>
</html>
`;
}

const SUPPORT_BODY = `<main style="font-family:Segoe UI,system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<h1>Cartera</h1>
<p lang="es">Cartera convierte tu lista de clientes y tus ventas en una cartera gestionada (ABC, RFM, ciclo de vida, CLV, visitas y campañas). Ábrelo desde la pestaña <b>Inicio → Cartera de clientes</b>, selecciona tus ventas y pulsa <b>Analizar</b>. No envía datos a ningún servidor: todo se calcula en tu equipo.</p>
<p lang="pt">O Cartera transforma a sua lista de clientes e as suas vendas numa carteira gerida. Abra-o em <b>Página Inicial → Carteira de clientes</b>. Nenhum dado sai do seu computador.</p>
<p lang="en">Cartera turns your client list and sales log into a managed customer portfolio. Open it from <b>Home → Client portfolio</b>. No data leaves your computer.</p>
</main>`;

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const playground = Boolean(env.playground);
  const https = Boolean(env.https);
  const dev = mode === 'development';
  const outDir = playground ? path.resolve(__dirname, 'dist/playground') : path.resolve(__dirname, 'dist');
  const officeJs = playground ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  const entryName = playground ? 'playground' : 'taskpane';

  const copy = [
    { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => (dev ? content.toString() : swapManifestUrls(content.toString())),
    },
  ];
  if (playground) {
    // Outside Office, office.js also loads its o15 mapping table (which defines what it needs of
    // MicrosoftAjax) from its own folder. Already minified by Microsoft: copied as is, except that
    // the table's telemetry iframe (loaded 3 s after start) is pointed at about:blank, so the
    // playground makes no network request at all.
    for (const file of ['office.js', 'o15apptofilemappingtable.js', 'en-us/office_strings.js']) {
      copy.push({
        from: `node_modules/@microsoft/office-js/dist/${file}`,
        to: `office-js/${file}`,
        info: { minimized: true },
        transform: (content) => withoutOfficeTelemetry(content.toString()),
      });
    }
  }

  return {
    mode,
    devtool: dev ? 'eval-cheap-module-source-map' : 'source-map',
    // The add-in also has the ribbon commands' page (src/commands: "Volver a analizar" without the pane).
    entry: playground
      ? { playground: './src/playground/index.tsx' }
      : { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' },
    output: {
      path: outDir,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      // The add-in build keeps dist/playground/ (the e2e build) in place.
      clean: playground ? true : { keep: /^playground[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: { splitChunks: { chunks: 'async' } },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: [entryName],
        templateContent: page({ title: 'Cartera', officeJs }),
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        chunks: [entryName],
        templateContent: page({ title: 'Cartera', officeJs }),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        chunks: playground ? [] : ['commands'],
        templateContent: page({
          title: 'Cartera',
          officeJs,
          body: '',
          script: playground ? '<script>if (window.Office) Office.onReady(function () {});</script>' : '',
        }),
      }),
      new HtmlWebpackPlugin({
        filename: 'support.html',
        chunks: [],
        templateContent: page({ title: 'Cartera · Ayuda / Ajuda / Help', officeJs: '', body: SUPPORT_BODY }),
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    devServer: {
      port: 3000,
      host: 'localhost',
      server: https ? { type: 'https', options: httpsOptions() } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false } },
      hot: false,
      liveReload: true,
      static: false,
      open: false,
    },
  };
};

/** office-addin-dev-certs' files (~/.office-addin-dev-certs), created by `npx office-addin-dev-certs install`. */
function httpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const read = (name) => fs.readFileSync(path.join(dir, name));
  try {
    return { key: read('localhost.key'), cert: read('localhost.crt'), ca: read('ca.crt') };
  } catch {
    throw new Error(`No dev certificates in ${dir}: run "npx office-addin-dev-certs install" first.`);
  }
}

module.exports.swapManifestUrls = swapManifestUrls;
module.exports.withoutOfficeTelemetry = withoutOfficeTelemetry;
module.exports.DEV_URL = DEV_URL;
module.exports.PRODUCTION_URL = PRODUCTION_URL;
