using CourtMetrics.Charts;
using CourtMetrics.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Presentation;

/// <summary>
/// What a room sees: each language at both projector resolutions, opening with the title slide and closing with the
/// public dashboard's QR code, captions in a second language, comparisons, figures that count up once.
/// </summary>
[Trait("Calendar", "today")]
public sealed class PresentationScreensTests : PresentationPage
{
    private static readonly Dictionary<string, string> Headline = new()
    {
        ["en"] = "Headline figures, {0} to date", ["kk"] = "Негізгі көрсеткіштер, {0} бүгінге дейін", ["ru"] = "Ключевые показатели, {0} на сегодня",
    };

    private static readonly Dictionary<string, string> Days = new() { ["en"] = "{0} days", ["kk"] = "{0} күн", ["ru"] = "{0} дн." };

    // A share as the language writes it by the product's rules, not the browser's (whose Kazakh is "60.0%").
    private static string Percent(double ratio, string language) => language switch
    {
        "en" => FormattableString.Invariant($"{ratio * 100:0.0}%"),
        "kk" => FormattableString.Invariant($"{ratio * 100:0.0}%").Replace('.', ','),
        _ => FormattableString.Invariant($"{ratio * 100:0.0}\u00a0%").Replace('.', ','),
    };

    private static ILocator Figure(IPage page, string metric) => page.Locator($"#headline li[data-metric={metric}] .figure-value");

    [Fact]
    public async Task Every_language_fills_a_full_hd_and_a_4k_screen_with_a_huge_number_and_no_scroll_bars()
    {
        await NameTheCourtSystemAsync();
        foreach (var language in new[] { "en", "kk", "ru" })
        {
            // One screen per language, grown from full HD to 4K, as asking for less motion shows it (the figures at
            // once: their count up is the next test's).
            var page = await PresentAsync($"lang={language}", lessMotion: true);
            foreach (var (width, height) in new[] { (1920, 1080), (3840, 2160) })
            {
                if (width > 1920)
                {
                    await page.SetViewportSizeAsync(width, height);
                    await page.Keyboard.PressAsync("1");
                    await ExpectSlideAsync(page, 0);
                }
                // The show opens with the court system's name and its headline figures of this year so far, with their units.
                await Expect(page.GetByTestId("title")).ToHaveTextAsync(SystemName[language]);
                await Expect(page.GetByTestId("lead")).ToHaveTextAsync(string.Format(Headline[language], Today.Year));
                await Expect(Figure(page, "clearance_rate")).ToHaveTextAsync(Percent(ClearanceThisYear, language));
                await Expect(Figure(page, "duration_p50")).ToHaveTextAsync(string.Format(Days[language], MedianDaysThisYear));
                await Expect(page.Locator("#headline li")).ToHaveCountAsync(6);
                await ExpectProjectorReadyAsync(page);
                await Browser.ScreenshotAsync(page, $"presentation-title-{language}-{width}x{height}");

                // It closes with the public dashboard's address: in text, and as a QR code a phone reads off the screen.
                await page.Keyboard.PressAsync("ArrowLeft");
                await ExpectSlideAsync(page, LastSlide);
                await Expect(page.GetByTestId("address")).ToHaveTextAsync(Url.ToString());
                await page.WaitForFunctionAsync("() => document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0");
                Assert.Equal(Url.ToString(), await QrCodeOnScreenAsync(page));
                await ExpectProjectorReadyAsync(page);
                await Browser.ScreenshotAsync(page, $"presentation-closing-{language}-{width}x{height}");

                await page.Keyboard.PressAsync((ClearanceSlide + 1).ToString());
                await Expect(page.GetByTestId("title")).ToHaveTextAsync(NameOf("clearance_rate", language));
                await Expect(page.GetByTestId("value")).ToHaveTextAsync(Percent(0.6, language));
                await page.WaitForFunctionAsync("() => echarts.getInstanceByDom(document.getElementById('chart')).getOption().series[0].data.some(v => v === 60)");
                // Readable from 10 m: the number is a sixth of the screen's height, the title a twentieth.
                Assert.True(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.getElementById('value')).fontSize)") >= height / 6.0);
                Assert.True(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.getElementById('title')).fontSize)") >= height / 20.0);
                await ExpectProjectorReadyAsync(page);
                await Browser.ScreenshotAsync(page, $"presentation-{language}-{width}x{height}");
            }
            await page.Context.CloseAsync();
        }
        Assert.Empty(Browser.Errors);
    }

    [Fact]
    public async Task A_second_language_captions_every_slide_and_the_light_theme_turns_the_screen_white()
    {
        await NameTheCourtSystemAsync();
        var page = await PresentAsync("lang=kk&caption=ru&theme=light");
        await Expect(page.GetByTestId("title")).ToHaveTextAsync(SystemName["kk"]);
        await Expect(page.GetByTestId("caption")).ToHaveTextAsync(SystemName["ru"]);
        var clearance = Percent(ClearanceThisYear, "kk");
        await Expect(Figure(page, "clearance_rate")).ToHaveTextAsync(clearance);
        await ExpectProjectorReadyAsync(page);
        await Browser.ScreenshotAsync(page, "presentation-title-kk-captions-ru-light");

        // Each time a slide appears its large figures count up once, from zero to exactly the figure as it is written.
        await RecordAsync(page, "#headline li[data-metric=clearance_rate] .figure-value");
        await page.Keyboard.PressAsync("1");
        await Expect(Stage(page)).ToHaveAttributeAsync("data-changes", "2");
        await page.WaitForFunctionAsync("final => window.seen.at(-1) === final", clearance);
        var counted = await page.EvaluateAsync<string[]>("() => window.seen");
        Assert.Equal("0,0%", counted[0]);
        Assert.True(counted.Distinct().Count() >= 4, $"counted only {string.Join(" → ", counted)}");
        var shares = counted.Select(c => double.Parse(c.TrimEnd('%').Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(shares.Order(), shares); // up, never down
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(clearance, await page.EvaluateAsync<string>("() => window.seen.at(-1)")); // and it stays there

        // A screen that asks for less motion shows each figure at once.
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await RecordAsync(page, "#headline li[data-metric=clearance_rate] .figure-value");
        await page.Keyboard.PressAsync("1");
        await Expect(Stage(page)).ToHaveAttributeAsync("data-changes", "3");
        await Expect(Figure(page, "clearance_rate")).ToHaveTextAsync(clearance);
        Assert.All(await page.EvaluateAsync<string[]>("() => window.seen"), shown => Assert.Equal(clearance, shown));
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.NoPreference });

        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(page.GetByTestId("title")).ToHaveTextAsync("Көрсеткіштерді тікелей бақылаңыз");
        await Expect(page.GetByTestId("caption")).ToHaveTextAsync("Следите за показателями онлайн");
        await page.WaitForFunctionAsync("() => document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0");
        Assert.Equal(Url.ToString(), await QrCodeOnScreenAsync(page));
        await Browser.ScreenshotAsync(page, "presentation-closing-kk-captions-ru-light");

        // The big number of a measure's slide counts up too.
        await RecordAsync(page, "#value");
        await page.Keyboard.PressAsync((ClearanceSlide + 1).ToString());
        await Expect(page.GetByTestId("title")).ToHaveTextAsync(NameOf("clearance_rate", "kk"));
        await page.WaitForFunctionAsync("() => window.seen.at(-1) === '60,0%'");
        Assert.True((await page.EvaluateAsync<string[]>("() => window.seen")).Distinct().Count() >= 4);
        await Expect(page.GetByTestId("caption")).ToHaveTextAsync(NameOf("clearance_rate", "ru"));
        await Expect(page.GetByTestId("scope")).ToHaveTextAsync("Біздің ел · Наша страна");
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await ExpectProjectorReadyAsync(page);
        await Browser.ScreenshotAsync(page, "presentation-kk-captions-ru-light");
        Assert.Empty(Browser.Errors);
    }

    [Theory]
    [InlineData("dark")]
    [InlineData("light")]
    public async Task A_slide_chart_has_the_colours_of_its_downloaded_image(string theme)
    {
        var palette = App.Get<ChartDefinitions>().Themes[theme];
        var page = await PresentAsync($"theme={theme}");
        await page.Keyboard.PressAsync((ClearanceSlide + 1).ToString());
        await page.WaitForFunctionAsync("() => echarts.getInstanceByDom(document.getElementById('chart')).getOption().series[0].data.some(v => v === 60)");
        var drawn = await page.EvaluateAsync<string[]>("""
            () => { const o = echarts.getInstanceByDom(document.getElementById('chart')).getOption();
                    return [o.series[0].lineStyle.color, o.xAxis[0].axisLabel.color, o.yAxis[0].splitLine.lineStyle.color,
                            o.xAxis[0].axisLine.lineStyle.color, o.textStyle.color]; }
            """);
        Assert.Equal([palette.Series[0], palette.Muted, palette.Grid, palette.Axis, palette.Ink], drawn);
        Assert.Equal(Rgb(palette.Background), await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

        // The image of the same measure, as the playlist's deck asks for it, draws the same line on the same ground.
        using var http = App.CreateClient();
        var svg = await http.GetStringAsync($"/api/charts/chart.svg?measures=clearance_rate&scope=nation&granularity=month&theme={theme}");
        Assert.Contains(palette.Series[0], svg, StringComparison.OrdinalIgnoreCase);
        using var png = SkiaSharp.SKBitmap.Decode(await http.GetByteArrayAsync(
            $"/api/charts/chart.png?measures=clearance_rate&scope=nation&granularity=month&theme={theme}"));
        Assert.Equal(SkiaSharp.SKColor.Parse(palette.Background), png.GetPixel(1, 1));
        Assert.Empty(Browser.Errors);
    }

    private static string Rgb(string hex) =>
        $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})";

    [Fact]
    public async Task A_comparison_sets_the_country_beside_peer_countries_and_the_cepej_reference_with_its_edition()
    {
        await PeerStatistics.SeedAsync(App.DataSource);
        var page = await PresentAsync();
        await page.Keyboard.PressAsync(((ClearanceComparison + 1) % 10).ToString());
        var rows = page.GetByTestId("comparison").Locator("li");
        await Expect(rows).ToHaveTextAsync(["This country60.0%" + ThisMonthName() + " to date", "Eastland110.0%EL, 2023", "Westland90.0%WL, 2023"]);
        await Browser.ScreenshotAsync(page, "presentation-comparison-clearance");

        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectSlideAsync(page, SpendingComparison);
        await Expect(rows.Nth(1)).ToContainTextAsync("European average€85.4CEPEJ, European judicial systems – CEPEJ Evaluation Report, 2024 evaluation cycle (2022 data)");
        await Expect(rows.Nth(2)).ToContainTextAsync("Eastland50");
        await ExpectProjectorReadyAsync(page);
        await Browser.ScreenshotAsync(page, "presentation-comparison-spending");
        Assert.Empty(Browser.Errors);
    }

    [Fact]
    public async Task A_playlist_that_is_not_there_plays_the_showcase_with_only_the_mark_to_tell()
    {
        var page = await Browser.OpenAsync(new Uri(Url, "/present.html?playlist=4242&interval=3600000&lang=ru"));
        // the court system has no name of its own here: the title slide names the scope
        await Expect(page.GetByTestId("title")).ToHaveTextAsync("Наша страна");
        await Expect(page.GetByTestId("mark")).ToHaveAttributeAsync("data-state", "error");
        await Expect(page.GetByTestId("mark")).ToHaveTextAsync("");
        await page.Keyboard.PressAsync("0");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByTestId("comparison").Locator("li").Nth(1))
            .ToContainTextAsync("Бюджет всей судебной системы (суды, прокуратура, юридическая помощь) на одного жителя");
        Assert.Empty(Browser.Errors);
    }

    private static string ThisMonthName() => Today.ToDateTime(TimeOnly.MinValue).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
