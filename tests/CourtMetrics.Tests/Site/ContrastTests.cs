using CourtMetrics.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CourtMetrics.Tests.Site;

/// <summary>
/// Every text of every view meets WCAG AA contrast, in each state its colours show (targets met and missed, alerts).
/// Reading changes nothing: one app and court system serve every view.
/// </summary>
[Trait("Calendar", "today")]
public sealed class ContrastTests(ContrastTests.Dashboard dashboard) : IClassFixture<ContrastTests.Dashboard>
{
    public sealed class Dashboard : DashboardFixture
    {
        public Browser Pages => Browser;
        public Uri Address => Url;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?view=case-flow&region=1")]
    [InlineData("/?view=durations")]
    [InlineData("/?view=digital")]
    [InlineData("/?view=budget")]
    [InlineData("/?view=ranking")]
    [InlineData("/?view=court&court=11")]
    [InlineData("/?lang=kk")]
    public async Task Every_text_of_the_view_meets_WCAG_AA_contrast(string path)
    {
        var page = await dashboard.Pages.OpenAsync(new Uri(dashboard.Address, path));
        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();

        var failures = await Contrast.FailuresAsync(page);

        Assert.True(failures.Count == 0, "texts below AA contrast:\n" + string.Join("\n", failures));
        await page.Context.CloseAsync();
    }
}
