import * as fs from 'node:fs';
import * as path from 'node:path';
import { REFRESH_FUNCTION } from '../../src/commands/refreshAnalysis';
import { allElements, child, parseXml, type XmlElement } from './xml';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
// webpack.config.js is CommonJS: the swap function and the config factory are what the build runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, 'webpack.config.js')) as {
  (env: Record<string, unknown>, argv: Record<string, unknown>): {
    output: { path: string };
    entry: Record<string, string>;
    plugins: { userOptions?: { filename?: string; chunks?: string[] }; patterns?: { from: string; to: string; transform?: (b: Buffer) => string }[] }[];
  };
  swapManifestUrls(xml: string, from?: string, to?: string): string;
  DEV_URL: string;
  PRODUCTION_URL: string;
};

const LOCALES = ['es-ES', 'pt-BR', 'pt-PT'];
const root = parseXml(MANIFEST);
const elements = allElements(root);
const named = (name: string): XmlElement[] => elements.filter((e) => e.name === name);

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function urlsOf(xml: string): string[] {
  return [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
}

/** Output files of the add-in build, from the config's HtmlWebpackPlugin and CopyWebpackPlugin entries. */
function builtFiles(): Set<string> {
  const config = webpackConfig({}, { mode: 'production' });
  const files = new Set<string>();
  for (const p of config.plugins) {
    if (p.userOptions?.filename) files.add(p.userOptions.filename);
    for (const pattern of p.patterns ?? []) {
      if (pattern.to.includes('[name]')) {
        for (const f of fs.readdirSync(path.join(ROOT, 'assets'))) if (/^icon-.+\.png$/.test(f)) files.add(`assets/${f}`);
      } else files.add(pattern.to);
    }
  }
  return files;
}

describe('manifest.xml', () => {
  test('is a well-formed TaskPaneApp for Excel workbooks', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(child(root, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, 'Version')?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'DefaultLocale')?.text).toBe('en-US');
    expect(child(root, 'Hosts/Host')?.attributes.Name).toBe('Workbook');
    expect(child(root, 'Permissions')?.text).toBe('ReadWriteDocument');
    const set = child(root, 'Requirements/Sets/Set');
    expect(set?.attributes).toEqual({ Name: 'ExcelApi', MinVersion: '1.7' });
    expect(child(root, 'AppDomains')).toBeUndefined();
  });

  test('the top-level elements come in the order the schema requires', () => {
    const order = [
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
    ];
    expect(root.children.map((c) => c.name)).toEqual(order);
  });

  test('display name and description are localised for es-ES, pt-BR and pt-PT', () => {
    for (const name of ['DisplayName', 'Description']) {
      const e = child(root, name)!;
      expect(e.attributes.DefaultValue.length).toBeGreaterThan(0);
      expect(e.children.map((c) => c.attributes.Locale)).toEqual(LOCALES);
      for (const o of e.children) expect(o.attributes.Value.length).toBeGreaterThan(0);
    }
    const desc = child(root, 'Description')!;
    expect(desc.attributes.DefaultValue.length).toBeLessThanOrEqual(250);
    for (const o of desc.children) expect(o.attributes.Value.length).toBeLessThanOrEqual(250);
  });

  test('ids are unique and every resid is defined (and every resource used)', () => {
    const ids = elements.filter((e) => e.attributes.id !== undefined).map((e) => e.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const resources = child(root, 'VersionOverrides/Resources')!;
    const defined = new Set(allElements(resources).filter((e) => e.attributes.id).map((e) => e.attributes.id));
    const referenced = new Set(elements.filter((e) => e.attributes.resid).map((e) => e.attributes.resid));
    for (const r of referenced) expect(defined).toContain(r);
    for (const d of defined) expect(referenced).toContain(d);
    expect(referenced.size).toBeGreaterThanOrEqual(10);
  });

  test('ribbon strings are localised and within Office length limits', () => {
    const strings = [...named('bt:ShortStrings'), ...named('bt:LongStrings')].flatMap((g) =>
      g.children.map((s) => ({ s, max: g.name === 'bt:ShortStrings' ? 125 : 250 })),
    );
    expect(strings.length).toBe(7);
    for (const { s, max } of strings) {
      expect(s.attributes.DefaultValue.length).toBeLessThanOrEqual(max);
      expect(s.children.map((o) => o.attributes.Locale)).toEqual(LOCALES);
      for (const o of s.children) {
        expect(o.name).toBe('bt:Override');
        expect(o.attributes.Value.length).toBeGreaterThan(0);
        expect(o.attributes.Value.length).toBeLessThanOrEqual(max);
      }
    }
  });

  test('a Home-tab button shows the task pane at the same page as DefaultSettings', () => {
    const tab = named('OfficeTab')[0];
    expect(tab.attributes.id).toBe('TabHome');
    const action = named('Action')[0];
    expect(action.attributes['xsi:type']).toBe('ShowTaskpane');
    const resid = child(action, 'SourceLocation')!.attributes.resid;
    const url = named('bt:Url').find((u) => u.attributes.id === resid)!.attributes.DefaultValue;
    expect(url).toBe(child(root, 'DefaultSettings/SourceLocation')!.attributes.DefaultValue);
    expect(url).toBe('https://localhost:3000/taskpane.html');
  });

  test('a second Home-tab button, "Volver a analizar", runs the commands page\'s refreshAnalysis (issue #18)', () => {
    const group = named('Group')[0];
    const controls = group.children.filter((c) => c.name === 'Control');
    expect(controls.map((c) => c.attributes.id)).toEqual(['Cartera.TaskpaneButton', 'Cartera.RefreshButton']);
    const refresh = controls[1];
    expect(refresh.attributes['xsi:type']).toBe('Button');
    const action = child(refresh, 'Action')!;
    expect(action.attributes['xsi:type']).toBe('ExecuteFunction');
    expect(child(action, 'FunctionName')?.text).toBe(REFRESH_FUNCTION);
    // the label is "Volver a analizar" in Spanish, as the pane's button
    const label = named('bt:String').find((s) => s.attributes.id === child(refresh, 'Label')!.attributes.resid)!;
    expect(label.children.find((o) => o.attributes.Locale === 'es-ES')?.attributes.Value).toBe('Volver a analizar');
    // the function file is commands.html, which the add-in build makes from the commands entry
    const fileResid = named('FunctionFile')[0].attributes.resid;
    expect(named('bt:Url').find((u) => u.attributes.id === fileResid)?.attributes.DefaultValue).toBe(
      `${webpackConfig.DEV_URL}commands.html`,
    );
    const config = webpackConfig({}, { mode: 'production' });
    expect(config.entry.commands).toBe('./src/commands/commands.ts');
    const page = config.plugins.find((p) => p.userOptions?.filename === 'commands.html')!;
    expect(page.userOptions!.chunks).toEqual(['commands']);
    // and the entry binds that very name
    const entry = fs.readFileSync(path.join(ROOT, config.entry.commands), 'utf8');
    expect(entry).toMatch(/associate\(REFRESH_FUNCTION,/);
  });

  test('icons exist as PNGs of the declared sizes', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    for (const image of named('bt:Image').filter((e) => e.attributes.size)) {
      const resource = named('bt:Image').find((e) => e.attributes.id === image.attributes.resid)!;
      const file = resource.attributes.DefaultValue.replace(webpackConfig.DEV_URL, '');
      expect(pngSize(path.join(ROOT, file)).width).toBe(Number(image.attributes.size));
    }
    const iconUrl = child(root, 'IconUrl')!.attributes.DefaultValue;
    const highRes = child(root, 'HighResolutionIconUrl')!.attributes.DefaultValue;
    expect(pngSize(path.join(ROOT, iconUrl.replace(webpackConfig.DEV_URL, ''))).width).toBe(32);
    expect(pngSize(path.join(ROOT, highRes.replace(webpackConfig.DEV_URL, ''))).width).toBe(64);
  });

  test('every URL is https on the dev server and names a file the build produces', () => {
    const urls = urlsOf(MANIFEST);
    expect(urls.length).toBe(13);
    const files = builtFiles();
    for (const url of urls) {
      expect(url.startsWith(webpackConfig.DEV_URL)).toBe(true);
      expect(files).toContain(url.slice(webpackConfig.DEV_URL.length));
    }
  });
});

describe('production manifest', () => {
  const { swapManifestUrls, DEV_URL, PRODUCTION_URL } = webpackConfig;

  test('swaps every dev URL for the production one and nothing else', () => {
    const prod = swapManifestUrls(MANIFEST);
    expect(prod).not.toContain('localhost');
    const urls = urlsOf(prod);
    expect(urls.length).toBe(urlsOf(MANIFEST).length);
    for (const u of urls) expect(u.startsWith(PRODUCTION_URL)).toBe(true);
    expect(prod.replaceAll(PRODUCTION_URL, DEV_URL)).toBe(MANIFEST);
    expect(parseXml(prod).name).toBe('OfficeApp');
  });

  test('refuses a production URL that is not https or lacks the trailing slash', () => {
    expect(() => swapManifestUrls(MANIFEST, DEV_URL, 'http://cartera.example.com/')).toThrow(/https/);
    expect(() => swapManifestUrls(MANIFEST, DEV_URL, 'https://cartera.example.com')).toThrow(/end in/);
  });

  test('the build copies manifest.xml swapped in production and untouched in development', () => {
    const transform = (mode: string): string => {
      const config = webpackConfig({}, { mode });
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml')!;
      return pattern.transform!(Buffer.from(MANIFEST));
    };
    expect(transform('production')).toBe(swapManifestUrls(MANIFEST));
    expect(transform('development')).toBe(MANIFEST);
  });
});

describe('parseXml', () => {
  test('rejects malformed XML with a line number', () => {
    expect(() => parseXml('<a>\n<b></a>')).toThrow(/line 2/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<a>&bogus;</a>')).toThrow(/entity/);
    expect(parseXml('<a t="&lt;&#233;"><!-- c --><b/>x &amp; y</a>')).toMatchObject({
      attributes: { t: '<é' },
      text: 'x & y',
      children: [{ name: 'b' }],
    });
  });
});
