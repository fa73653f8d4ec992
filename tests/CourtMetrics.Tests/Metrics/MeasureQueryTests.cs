using CourtMetrics.Metrics;

namespace CourtMetrics.Tests.Metrics;

/// <summary>How /api/measures and the hub read a query's parameters: defaults, normal forms and refusals that name the value.</summary>
[Trait("Category", "Unit")]
public sealed class MeasureQueryTests
{
    private static readonly DateOnly Today = new(2028, 2, 29);

    private static MeasureQuery Parse(string? scope = null, string? granularity = null, string? from = null, string? to = null,
        string? category = null)
    {
        Assert.True(MeasureQuery.TryParse("case-flow", scope, category, granularity, from, to, Today, out var query, out var error), error);
        return query;
    }

    private static string Refusal(string? scope = null, string? granularity = null, string? from = null, string? to = null)
    {
        Assert.False(MeasureQuery.TryParse("case-flow", scope, null, granularity, from, to, Today, out _, out var error));
        return error;
    }

    [Fact]
    public void Without_parameters_it_is_the_nation_by_month_over_the_last_twelve_months_to_today()
    {
        var query = Parse();

        Assert.Equal(("nation", "month", new DateOnly(2027, 3, 1), Today), (query.ScopeText, query.Granularity, query.From, query.To));
        Assert.Null(query.SingleScope);
    }

    [Fact]
    public void The_twelve_months_end_in_the_month_of_to_whatever_its_day()
    {
        Assert.Equal(new DateOnly(2025, 1, 1), Parse(to: "2025-12-31").From);
        Assert.Equal(new DateOnly(2024, 3, 1), Parse(to: "2025-02-28").From);
    }

    [Theory]
    [InlineData("courts:21,11,21", "courts:11,21", null)]
    [InlineData("courts:11", "court:11", 11)]
    [InlineData("court:11", "court:11", 11)]
    [InlineData("region:2", "region:2", null)]
    public void A_scope_has_one_normal_form_whatever_the_order_and_repeats_of_its_courts(string scope, string normal, int? court)
    {
        var query = Parse(scope);

        Assert.Equal(normal, query.ScopeText);
        Assert.Equal(court, query.SingleScope?.CourtId);
        Assert.Equal(Parse(normal).Key, query.Key);
    }

    [Theory]
    [InlineData("planet:1", null, null, null, "scope 'planet:1'")]
    [InlineData("region:0", null, null, null, "scope 'region:0'")]
    [InlineData("courts:", null, null, null, "scope 'courts:'")]
    [InlineData("courts:1,x", null, null, null, "scope 'courts:1,x'")]
    [InlineData(null, "week", null, null, "granularity 'week'")]
    [InlineData(null, null, "2025-13-01", null, "from '2025-13-01'")]
    [InlineData(null, null, null, "29.02.2028", "to '29.02.2028'")]
    [InlineData(null, null, "2025-02-01", "2025-01-31", "from 2025-02-01 is after to 2025-01-31")]
    [InlineData(null, "day", "2010-01-01", "2028-02-29", "at most 3700 days")]
    public void A_bad_parameter_is_refused_naming_it_and_its_value(string? scope, string? granularity, string? from, string? to, string named) =>
        Assert.Contains(named, Refusal(scope, granularity, from, to));

    [Fact]
    public void A_set_of_more_courts_than_allowed_is_refused()
    {
        var many = "courts:" + string.Join(',', Enumerable.Range(1, MeasureQuery.MaxCourts + 1));

        Assert.Contains($"1 to {MeasureQuery.MaxCourts} court ids", Refusal(many));
    }

    [Fact]
    public void An_unknown_family_or_an_overlong_category_is_refused_by_the_catalogue_check()
    {
        var catalogue = MetricCatalogue.Load(Path.Combine(global::CourtMetrics.Site.RepositoryLayout.Root(AppContext.BaseDirectory), "src", "CourtMetrics", "Metrics", "Catalogue"));

        Assert.False(MeasureQuery.TryParse(catalogue, "weather", null, null, null, null, null, Today, out _, out var family));
        Assert.Contains("family 'weather' is not one of budget, case-durations, case-flow", family);
        Assert.False(MeasureQuery.TryParse(catalogue, "case-flow", null, new string('x', 51), null, null, null, Today, out _, out var category));
        Assert.Contains("is not a category code", category);
    }
}
