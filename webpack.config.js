// Webpack build for the Excel add-in: the task pane (React + Fluent UI) and the ribbon commands.
// `npm run build` writes dist/; `npm run dev-server` serves it on https://localhost:3000 (the manifest's URLs).
// With `--env preview` it builds the browser preview instead (the pane beside a grid, on a workbook held in
// the page with ExcelJS): `npm run preview` serves it on http://localhost:3001; files go to build/preview/,
// so the add-in's bundle never includes ExcelJS.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;
const PREVIEW_PORT = 3001;
const PREVIEW_DIR = path.resolve(__dirname, 'build', 'preview');

/** Certificates made by `npx office-addin-dev-certs install`, when present; otherwise a self-signed one. */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return { type: 'https' };
  const options = {};
  for (const [name, file] of Object.entries(files)) options[name] = fs.readFileSync(path.join(dir, file));
  return { type: 'https', options };
}

/** TypeScript through ts-loader, as ES modules so that webpack can tree-shake Fluent UI. */
function typescriptRule(production) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      // Type checking is `npm run typecheck`.
      options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
    },
  };
}

/** The example workbooks the preview offers (served beside it from examples/). */
function exampleNames() {
  return fs
    .readdirSync(path.resolve(__dirname, 'examples'))
    .filter((name) => name.endsWith('.xlsx'))
    .sort();
}

/**
 * The browser preview: src/preview with the same task pane, and ExcelJS's ready-made browser build.
 * The workbook lives in a Web Worker (src/preview/preview.worker.ts, its own chunk with ExcelJS), so
 * the page only draws.
 */
function previewConfig(production) {
  const exceljsBrowser = require.resolve('exceljs/dist/exceljs.min.js');
  return {
    mode: production ? 'production' : 'development',
    devtool: false,
    context: __dirname,
    entry: { preview: './src/preview/preview.tsx' },
    output: {
      path: PREVIEW_DIR,
      filename: '[name].js',
      chunkFilename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      // The prebuilt browser bundle brings its own Buffer and stream shims, so no Node fallbacks are needed.
      alias: { exceljs$: exceljsBrowser },
    },
    module: {
      // Already bundled and minified: not parsed again.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [typescriptRule(production)],
    },
    optimization: {
      // A local tool: not minified (ExcelJS's browser build already is, and minifying pdf.js and Fluent
      // takes minutes on a small machine), so it builds in seconds. --mode production still gives React's
      // production build, which the end-to-end tests time.
      minimize: false,
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 20 },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ PREVIEW_EXAMPLES: JSON.stringify(exampleNames()) }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/preview.html' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'examples/*.xlsx', to: 'examples/[name][ext]' }] }),
    ],
    devServer: {
      port: PREVIEW_PORT,
      host: 'localhost',
      static: false,
      hot: false,
      open: false,
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? 'production') === 'production';
  if (env.preview) return previewConfig(production);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [typescriptRule(production)],
    },
    optimization: {
      minimize: production,
      splitChunks: {
        chunks: 'all',
        // Named vendor chunks hold only what the first screen needs ('initial'): Fluent components used only
        // by the views loaded on demand (Structure, Summary, Ofsted, the fix dialog) stay in those views' chunks.
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            chunks: 'initial',
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/]@fluentui[\\/]/,
            name: 'fluent',
            chunks: 'initial',
            priority: 10,
          },
          // Only what the pane needs at start-up: a library loaded on demand (the PDF reader behind
          // import()) keeps its own chunk instead of joining this one and every first download.
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', chunks: 'initial', priority: 0 },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
      hot: false,
    },
  };
};
