using System.Net;
using Microsoft.Playwright;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// What a person would see wrong on a page, found in the browser: the page scrolling sideways, text running out of
/// its box or cut off, boxes of text over each other, a chart's legend over its plot or axis labels, a masthead on
/// more than one line, and a large screen left half empty — a grid of tiles or charts short of its width, charts
/// under a quarter of the screen's height, text under 1/170 of its width, charts' text much smaller than the page's.
/// Each screenshot goes to a contact sheet (one HTML page) in the test output.
/// </summary>
public sealed class VisualReview(string name)
{
    private readonly List<(string Path, string Caption)> _shots = [];

    /// <summary>
    /// The defects on the page as it is, each named with the element and its text; a page that is not the dashboard
    /// (a slide) leaves out the dashboard's own layout checks — its masthead on one line and a large screen filled.
    /// </summary>
    public static async Task<IReadOnlyList<string>> DefectsAsync(IPage page, bool dashboard = true) =>
        await page.EvaluateAsync<string[]>(Script, dashboard);

    public void Add(string screenshot, string caption) => _shots.Add((screenshot, caption));

    /// <summary>Writes artifacts/contact-sheet-&lt;name&gt;.html beside the screenshots and returns its path.</summary>
    public string WriteContactSheet()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"contact-sheet-{name}.html");
        var figures = _shots.Select(s =>
            $"<figure><a href=\"{WebUtility.HtmlEncode(Path.GetRelativePath(directory, s.Path))}\"><img loading=\"lazy\" src=\"{WebUtility.HtmlEncode(Path.GetRelativePath(directory, s.Path))}\"></a><figcaption>{WebUtility.HtmlEncode(s.Caption)}</figcaption></figure>");
        File.WriteAllText(path, $$"""
            <!doctype html><meta charset="utf-8"><title>Contact sheet: {{WebUtility.HtmlEncode(name)}}</title>
            <style>body{font:14px sans-serif;margin:16px}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:12px}
            img{width:100%;border:1px solid #ccc}figure{margin:0}</style>
            <h1>{{WebUtility.HtmlEncode(name)}}: {{_shots.Count}} screenshots</h1><main>{{string.Concat(figures)}}</main>
            """);
        return path;
    }

    private const string Script = """
        dashboard => {
          const defects = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth + 1) defects.push(`the page scrolls sideways (${root.scrollWidth} px in ${root.clientWidth} px)`);
          const shown = e => {
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0 && !e.closest('[hidden], dialog:not([open])')
              && !closedAway(e);
          };
          // inside a closed <details>, only its summary is on screen
          const closedAway = e => {
            const details = e.closest('details:not([open])');
            return details != null && e.closest('summary')?.parentElement !== details;
          };
          const name = e => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/)[0] : ''} "${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
          // Boxes that hold text of their own (not only through children).
          const texts = [...document.querySelectorAll('body *')].filter(e =>
            !['SCRIPT', 'STYLE', 'OPTION', 'svg', 'polyline', 'CANVAS'].includes(e.tagName) && shown(e)
            && [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
          for (const e of texts) {
            if (e instanceof SVGElement) continue; // a drawing's words have no box to run out of (overlaps still count)
            const s = getComputedStyle(e);
            if (s.display.startsWith('inline') && s.display !== 'inline-block' && s.display !== 'inline-flex') continue;
            if (e.scrollWidth > e.clientWidth + 1 && s.overflowX !== 'auto' && s.overflowX !== 'scroll')
              defects.push(`${name(e)} runs out of its box (${e.scrollWidth} px in ${e.clientWidth} px)`);
            if (e.scrollHeight > e.clientHeight + 2 && ['hidden', 'clip'].includes(s.overflowY))
              defects.push(`${name(e)} is cut off (${e.scrollHeight} px in ${e.clientHeight} px)`);
          }
          const boxes = texts.map(e => ({ e, r: e.getBoundingClientRect() }));
          // A box wider than its screen pushes past it where nothing scrolls (a kiosk's slide, a fixed stage); one set
          // wholly off the screen is put there on purpose (the skip link until it has the focus).
          for (const { e, r } of boxes)
            if ((r.right > innerWidth + 1 || r.left < -1) && r.right > 0 && r.left < innerWidth) defects.push(`${name(e)} runs off the screen (${Math.round(r.left)} to ${Math.round(r.right)} px of ${innerWidth} px)`);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i], boxes[j]];
              if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
              const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (x > 2 && y > 2) defects.push(`${name(a.e)} and ${name(b.e)} overlap (${Math.round(x)}×${Math.round(y)} px)`);
            }
          // Charts: distinct value axis ticks ("0 %, 0 %, 1 %" says nothing); the legend clear of the plot and of the
          // value axis labels at its top.
          for (const element of document.querySelectorAll('.chart')) {
            const chart = window.echarts?.getInstanceByDom(element);
            const axis = chart?.getModel()?.getComponent('yAxis')?.axis;
            if (!axis || !shown(element)) continue;
            const ticks = axis.getViewLabels().map(l => l.formattedLabel);
            if (new Set(ticks).size < ticks.length)
              defects.push(`the value axis of ${name(element.closest('.card')?.querySelector('h2, h3') ?? element)} repeats its ticks: ${ticks.join(', ')}`);
          }
          for (const element of document.querySelectorAll('.chart')) {
            const chart = window.echarts?.getInstanceByDom(element);
            if (!chart || !shown(element)) continue;
            const model = chart.getModel();
            const legend = model?.getComponent('legend');
            const grid = model?.getComponent('grid')?.coordinateSystem?.getRect();
            if (!legend || !grid || legend.get('show') === false) continue;
            const group = chart.getViewOfComponentModel(legend)?.group;
            if (!group) continue;
            const r = group.getBoundingRect();
            const bottom = r.y + r.height + (group.y ?? 0);
            if (r.height > 0 && bottom > grid.y - 6)
              defects.push(`the legend of ${name(element.closest('.card')?.querySelector('h2, h3') ?? element)} reaches the plot (${Math.round(bottom)} px, plot from ${Math.round(grid.y)} px)`);
          }
          if (!dashboard) return [...new Set(defects)];
          // The masthead on one line: its brand, every view link and the status share a row.
          const head = [...document.querySelectorAll('.masthead > *, nav.views a')].filter(shown);
          const top = head.reduce((a, e) => (e.getBoundingClientRect().top > a.getBoundingClientRect().top ? e : a), head[0]);
          const bottom = head.reduce((a, e) => (e.getBoundingClientRect().bottom < a.getBoundingClientRect().bottom ? e : a), head[0]);
          if (top && top.getBoundingClientRect().top >= bottom.getBoundingClientRect().bottom)
            defects.push(`the masthead wraps: ${name(top)} is below ${name(bottom)}`);
          // A large screen filled: each grid of tiles or charts spans its width, charts are at least a quarter of the
          // screen's height, the text grows with the screen and the charts' text with it.
          for (const grid of [...document.querySelectorAll('.tiles, .charts')].filter(shown)) {
            const r = grid.getBoundingClientRect();
            const reach = Math.max(...[...grid.children].filter(shown).map(e => e.getBoundingClientRect().right));
            if (reach < r.right - 0.02 * r.width)
              defects.push(`${name(grid).split(' ')[0]} leaves ${Math.round(100 * (r.right - reach) / r.width)}% of its width empty`);
          }
          for (const card of [...document.querySelectorAll('.charts .card')].filter(shown))
            if (card.getBoundingClientRect().height < innerHeight / 4)
              defects.push(`the chart ${name(card.querySelector('h2') ?? card)} is ${Math.round(card.getBoundingClientRect().height)} px high on a ${innerHeight} px high screen`);
          const type = parseFloat(getComputedStyle(document.querySelector('main') ?? document.body).fontSize);
          if (type < innerWidth / 170) defects.push(`the text is ${type} px on a ${innerWidth} px wide screen (under 1/170 of it)`);
          for (const element of [...document.querySelectorAll('.chart')].filter(shown)) {
            const size = window.echarts?.getInstanceByDom(element)?.getModel()?.getComponent('xAxis')?.get(['axisLabel', 'fontSize']);
            if (size != null && size < 0.75 * type)
              defects.push(`the axis labels of ${name(element.closest('.card')?.querySelector('h2') ?? element)} are ${size} px beside text of ${type} px`);
          }
          return [...new Set(defects)];
        }
        """;
}
