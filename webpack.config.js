// Webpack build for the Excel add-in: the task pane (React + Fluent UI) and the ribbon commands.
// `npm run build` writes dist/; `npm run dev-server` serves it on https://localhost:3000 (the manifest's URLs).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;

/** Certificates made by `npx office-addin-dev-certs install`, when present; otherwise a self-signed one. */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return { type: 'https' };
  const options = {};
  for (const [name, file] of Object.entries(files)) options[name] = fs.readFileSync(path.join(dir, file));
  return { type: 'https', options };
}

module.exports = (_env, argv = {}) => {
  const production = (argv.mode ?? 'production') === 'production';
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
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules so that webpack can tree-shake Fluent UI; type checking is `npm run typecheck`.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
          },
        },
      ],
    },
    optimization: {
      minimize: production,
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 20,
          },
          fluent: { test: /[\\/]node_modules[\\/]@fluentui[\\/]/, name: 'fluent', priority: 10 },
          vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', priority: 0 },
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
