using Microsoft.Playwright;

namespace CourtMetrics.Tests.Support;

/// <summary>
/// WCAG 2.1 contrast (1.4.3, level AA) of every visible text on a page, measured in the browser: each element
/// with text of its own, its computed colour over its effective background (the nearest ancestor backgrounds,
/// alpha-composited up to the page's). Normal text needs 4.5:1; large text (24 px, or 18.66 px bold) 3:1.
/// Chart text drawn on a canvas is not in the DOM and is not measured here.
/// </summary>
public static class Contrast
{
    public sealed record Failure(string Text, string Selector, string Colour, string Background, double Ratio, double Needed)
    {
        public override string ToString() => $"'{Text}' ({Selector}): {Colour} on {Background} = {Ratio:F2}:1, needs {Needed}:1";
    }

    public static async Task<IReadOnlyList<Failure>> FailuresAsync(IPage page) =>
        await page.EvaluateAsync<Failure[]>(Script);

    private const string Script = """
        () => {
          const parse = c => { const m = c.match(/[\d.]+/g) || [0, 0, 0, 0]; return { r: +m[0], g: +m[1], b: +m[2], a: m[3] === undefined ? 1 : +m[3] }; };
          const over = (top, bottom) => ({
            r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
            b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
          const background = element => {
            const layers = [];
            for (let e = element; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c.a > 0) layers.push(c);
              if (c.a >= 1) break;
            }
            return layers.reverse().reduce((under, layer) => over(layer, under), { r: 255, g: 255, b: 255, a: 1 });
          };
          const luminance = c => {
            const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
          };
          const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const rgb = c => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
          const failures = [];
          for (const element of document.body.querySelectorAll('*')) {
            const ownText = [...element.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ').trim();
            const isField = element.matches('input:not([type=hidden]), select, textarea');
            if (!ownText && !isField) continue;
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            if (style.visibility !== 'visible' || +style.opacity === 0 || box.width === 0 || box.height === 0) continue;
            if (element.closest('[hidden], [aria-hidden=true], canvas, svg')) continue;
            if (element.matches(':disabled')) continue; // WCAG exempts inactive controls
            const back = background(element);
            const fore = over(parse(style.color), back);
            const size = parseFloat(style.fontSize), bold = +style.fontWeight >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            const value = ratio(fore, back);
            if (value < needed) failures.push({
              text: (ownText || element.value || '').slice(0, 40),
              selector: element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''),
              colour: rgb(fore), background: rgb(back), ratio: Math.round(value * 100) / 100, needed });
          }
          return failures;
        }
        """;
}
